#pragma once

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Atendo {

class Clock;
class ComposerEdit;

// Where the agent writes. The free-text editor is locked (disabled, not merely
// warned) when the 24 h window is closed, and everything is locked for a contact
// who opted out; the reason is shown in place. "/shortcut" + Enter expands a
// canned reply instead of sending it.
class Composer : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    enum class Mode
    {
        NoConversation,
        FreeText, // window open: anything goes
        TemplateOnly, // window closed or never opened
        Blocked // the contact opted out
    };
    Q_ENUM(Mode)

    explicit Composer(QWidget* parent = nullptr);

    void setClock(const Clock* clock);
    void setConversation(qint64 conversationId, const QDateTime& windowExpiresAt, bool optedOut);
    void clearConversation();
    // "/thanks" -> "Thank you for contacting us!". Keys without the slash.
    void setCannedReplies(const QMap<QString, QString>& replies);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] qint64 conversationId() const { return m_conversationId; }
    [[nodiscard]] QString lockReason() const;
    [[nodiscard]] ComposerEdit* editor() const { return m_edit; }
    [[nodiscard]] QPushButton* sendButton() const { return m_send; }
    [[nodiscard]] QPushButton* templateButton() const { return m_template; }

public Q_SLOTS:
    // Re-reads the clock: the window may have closed since the last tick.
    void refresh();
    void submit();

Q_SIGNALS:
    void sendRequested(qint64 conversationId, const QString& text);
    void templateRequested(qint64 conversationId);
    void modeChanged(Atendo::Composer::Mode mode);

private:
    void applyMode(Mode mode);
    [[nodiscard]] bool expandCannedReply();

    const Clock* m_clock {nullptr};
    qint64 m_conversationId {0};
    QDateTime m_windowExpiresAt;
    bool m_optedOut {false};
    Mode m_mode {Mode::NoConversation};
    QMap<QString, QString> m_canned;
    ComposerEdit* m_edit;
    QPushButton* m_send;
    QPushButton* m_template;
    QLabel* m_reason;
};

} // namespace Atendo
