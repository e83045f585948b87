#include "console/newconversationflow.h"

#include "client/agentsession.h"
#include "console/newconversationdialog.h"
#include "console/templatepickerdialog.h"

#include <QAction>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Atendo {

NewConversationFlow::NewConversationFlow(AgentSession* session, QWidget* window, RateCardSource rateCard)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_action(new QAction(tr("&New conversation…"), this))
    , m_rateCard(std::move(rateCard))
{
    m_action->setObjectName(u"actionNewConversation"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Start a conversation with a contact who opted in"));
    m_action->setEnabled(m_session->state() == AgentSession::State::Online);
    connect(m_action, &QAction::triggered, this, &NewConversationFlow::start);
    connect(m_session, &AgentSession::stateChanged, this,
        [this](AgentSession::State state) { m_action->setEnabled(state == AgentSession::State::Online); });
    // The start's reply and the conversation's event may come in either order,
    // and events may arrive one by one or as a batch.
    connect(m_session, &AgentSession::conversationChanged, this,
        [this](const Protocol::ConversationInfo& conversation) {
            if (m_awaited != 0 && conversation.id == m_awaited)
                onConversationKnown(conversation.id);
        });
    connect(m_session, &AgentSession::conversationsChanged, this,
        [this](const QList<Protocol::ConversationInfo>& conversations) {
            for (const Protocol::ConversationInfo& conversation : conversations) {
                if (m_awaited != 0 && conversation.id == m_awaited)
                    onConversationKnown(conversation.id);
            }
        });
}

NewConversationDialog* NewConversationFlow::dialog() const
{
    return m_dialog;
}

TemplatePickerDialog* NewConversationFlow::picker() const
{
    return m_picker;
}

void NewConversationFlow::start()
{
    if (m_picker) {
        m_picker->raise();
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto* dialog = new NewConversationDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &NewConversationFlow::onContactChosen);
    m_dialog = dialog;
    dialog->open();
}

void NewConversationFlow::onContactChosen()
{
    const qint64 open = m_dialog->chosenConversationId();
    // Already talking to them: open that conversation, never a second one.
    if (open > 0 && m_session->conversation(open)) {
        Q_EMIT conversationReady(open);
        return;
    }
    openPicker(m_dialog->chosenContact());
}

void NewConversationFlow::openPicker(const Protocol::ContactInfo& contact)
{
    m_contactId = contact.id;
    auto* picker = new TemplatePickerDialog(m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(
        tr("Start a conversation with %1").arg(contact.name.isEmpty() ? contact.phone : contact.name));
    picker->setTemplates(m_session->templates());
    picker->setContact(contact);
    // A new conversation has no open window: the template is billed as its category.
    picker->setWindowOpen(false);
    picker->setRateCard(m_rateCard ? m_rateCard() : std::nullopt);
    connect(picker, &QDialog::accepted, this, &NewConversationFlow::send);
    m_picker = picker;
    picker->open();
}

void NewConversationFlow::send()
{
    const auto tmpl = m_picker ? m_picker->currentTemplate() : std::nullopt;
    if (!tmpl)
        return;
    m_session->startConversation(
        m_contactId, *tmpl, m_picker->parameters(), [self = QPointer(this)](const Protocol::Reply& reply) {
            if (!self)
                return;
            if (!reply.isOk()) {
                Q_EMIT self->failed(reply.err->code, reply.err->message);
                return;
            }
            const qint64 id = reply.ok.value(u"conversation"_s).toObject().value(u"id"_s).toInteger();
            if (self->m_session->conversation(id))
                self->onConversationKnown(id);
            else
                self->m_awaited = id;
        });
}

void NewConversationFlow::onConversationKnown(qint64 conversationId)
{
    m_awaited = 0;
    Q_EMIT conversationReady(conversationId);
}

} // namespace Atendo
