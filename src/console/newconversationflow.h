#pragma once

#include "core/ratecard.h"
#include "protocol/contactinfo.h"
#include "protocol/errorcode.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Atendo {

class AgentSession;
class NewConversationDialog;
class TemplatePickerDialog;

// "New conversation" from end to end: find the contact (NewConversationDialog),
// pick and fill a template (TemplatePickerDialog), send conversation.start, and
// say which conversation to show once the server has it. The server checks the
// opt-in again; its refusal comes back as failed().
class NewConversationFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConversationFlow)

public:
    using RateCardSource = std::function<std::optional<RateCard>()>;

    NewConversationFlow(AgentSession* session, QWidget* window, RateCardSource rateCard);

    // "New conversation…" (Ctrl+N), enabled while the session is online.
    [[nodiscard]] QAction* action() const { return m_action; }
    // The dialogs while they are open (null otherwise).
    [[nodiscard]] NewConversationDialog* dialog() const;
    [[nodiscard]] TemplatePickerDialog* picker() const;

public Q_SLOTS:
    void start();

Q_SIGNALS:
    // The conversation to show: the one just started, or the contact's open one.
    void conversationReady(qint64 conversationId);
    void failed(Atendo::Protocol::ErrorCode code, const QString& message);

private:
    void onContactChosen();
    void openPicker(const Protocol::ContactInfo& contact);
    void send();
    void onConversationKnown(qint64 conversationId);

    AgentSession* m_session;
    QWidget* m_window;
    QAction* m_action;
    RateCardSource m_rateCard;
    QPointer<NewConversationDialog> m_dialog;
    QPointer<TemplatePickerDialog> m_picker;
    qint64 m_contactId {0};
    qint64 m_awaited {0}; // started, not yet in the working set
};

} // namespace Atendo
