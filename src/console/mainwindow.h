#pragma once

#include "core/ratecard.h"
#include "protocol/contactinfo.h"
#include "protocol/conversationinfo.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace Atendo {

class AgentSession;
class ConnectionStatus;
class ContactPanel;
class ConversationModel;
class ConversationPane;
class InboxFilterModel;
class InboxModel;
class InboxView;
class LeadMode;
class NewConversationFlow;
class Notifier;
class SessionClock;
class Supervision;
class TemplatePickerDialog;
class Ticker;

// The thin shell: inbox on the left, the conversation in the middle, the contact
// on the right, connection and presence in the status bar. It owns the client's
// models, routes the session's signals to the feature widgets and their requests
// back to the session. Widgets never see the socket.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AgentSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setRateCard(const std::optional<RateCard>& rateCard);

    [[nodiscard]] InboxView* inboxView() const;
    [[nodiscard]] ConversationPane* conversationPane() const;
    [[nodiscard]] ContactPanel* contactPanel() const;
    [[nodiscard]] ConnectionStatus* connectionStatus() const { return m_status; }
    [[nodiscard]] Notifier* notifier() const { return m_notifier; }
    [[nodiscard]] Ticker* ticker() const { return m_ticker; }
    [[nodiscard]] InboxFilterModel* inboxFilter() const { return m_filter; }
    [[nodiscard]] ConversationModel* conversationModel() const { return m_conversation; }
    // The template picker while it is open.
    [[nodiscard]] TemplatePickerDialog* templatePicker() const { return m_picker; }
    [[nodiscard]] qint64 currentConversationId() const { return m_currentId; }
    [[nodiscard]] Supervision* supervision() const { return m_supervision; }
    // The team lead's additions; null for an agent.
    [[nodiscard]] LeadMode* leadMode() const { return m_lead; }
    [[nodiscard]] NewConversationFlow* newConversationFlow() const { return m_newConversation; }
    // The server's rate card when it sent one, else the console's own (--ratecard or built in).
    [[nodiscard]] std::optional<RateCard> rateCard() const;

Q_SIGNALS:
    void currentConversationChanged(qint64 conversationId);

public Q_SLOTS:
    void openTemplatePicker();
    void showConversation(qint64 conversationId);

private:
    void setupActions();
    void setupNewConversation();
    void setupLanguageMenu();
    void connectSession();
    void connectWidgets();
    void applySnapshot();
    void onConversationChanged(const Protocol::ConversationInfo& conversation);
    void onContactChanged(const Protocol::ContactInfo& contact);
    void transferCurrent();
    void scheduleUnreadUpdate();
    void updateUnread();
    void updateActionStates();
    [[nodiscard]] QString billingHint(const Protocol::ContactInfo& contact) const;
    [[nodiscard]] QString agentName(qint64 agentId) const;
    [[nodiscard]] QMap<QString, QString> cannedReplies() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AgentSession* m_session;
    std::unique_ptr<SessionClock> m_clock;
    InboxModel* m_inbox;
    InboxFilterModel* m_filter;
    ConversationModel* m_conversation;
    Ticker* m_ticker;
    Notifier* m_notifier;
    ConnectionStatus* m_status;
    QPointer<TemplatePickerDialog> m_picker;
    Supervision* m_supervision;
    LeadMode* m_lead {nullptr};
    NewConversationFlow* m_newConversation {nullptr};
    std::optional<RateCard> m_rateCard;
    qint64 m_currentId {0};
    QSet<qint64> m_known;
    bool m_unreadScheduled = false;
};

} // namespace Atendo
