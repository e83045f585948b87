#pragma once

#include <QDateTime>
#include <QMap>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Atendo {

class AttachmentChip;
class Clock;
class ComposerEdit;

// Where the agent writes. The free-text editor is locked (disabled, not merely
// warned) when the 24 h window is closed, and everything is locked for a contact
// who opted out; the reason is shown in place. "/shortcut" + Enter expands a
// canned reply instead of sending it. A file (attach button, Ctrl+Shift+A, or
// dropped on the conversation) goes with the text as its caption; it is free
// text too, so it is locked with the editor.
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
    [[nodiscard]] QPushButton* attachButton() const { return m_attach; }
    [[nodiscard]] AttachmentChip* attachmentChip() const { return m_chip; }
    [[nodiscard]] QString attachment() const;
    // Chooses the file to attach (a file dialog unless replaced, e.g. by tests).
    void setFilePicker(std::function<QString(QWidget*)> picker) { m_pickFile = std::move(picker); }
    // False (and nothing attached) when free text is locked or the path is no file.
    bool attach(const QString& path);

public Q_SLOTS:
    // Re-reads the clock: the window may have closed since the last tick.
    void refresh();
    void submit();

Q_SIGNALS:
    void sendRequested(qint64 conversationId, const QString& text);
    // A file, with the editor's text as its caption (may be empty).
    void sendMediaRequested(qint64 conversationId, const QString& filePath, const QString& caption);
    void templateRequested(qint64 conversationId);
    void modeChanged(Atendo::Composer::Mode mode);

private:
    void applyMode(Mode mode);
    [[nodiscard]] bool expandCannedReply();
    void updateSendButton();
    void chooseFile();

    const Clock* m_clock {nullptr};
    qint64 m_conversationId {0};
    QDateTime m_windowExpiresAt;
    bool m_optedOut {false};
    Mode m_mode {Mode::NoConversation};
    QMap<QString, QString> m_canned;
    ComposerEdit* m_edit;
    QPushButton* m_send;
    QPushButton* m_template;
    QPushButton* m_attach;
    AttachmentChip* m_chip;
    QLabel* m_reason;
    std::function<QString(QWidget*)> m_pickFile;
};

} // namespace Atendo
