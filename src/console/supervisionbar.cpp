#include "console/supervisionbar.h"

#include "client/agentsession.h"
#include "client/supervision.h"
#include "console/consoletext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace Atendo {

SupervisionBar::SupervisionBar(Supervision* supervision, AgentSession* session, QWidget* parent)
    : QFrame(parent)
    , m_supervision(supervision)
    , m_session(session)
    , m_silent(new QCheckBox(tr("Watch silently"), this))
    , m_viewers(new QLabel(this))
    , m_draft(new QLabel(this))
    , m_whisper(new QLineEdit(this))
    , m_send(new QPushButton(tr("Whisper"), this))
    , m_takeOver(new QPushButton(tr("Take over"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("supervisionBar"));
    m_silent->setToolTip(tr("Follow the conversation without a read receipt to the customer "
                            "and without changing the agent's unread count"));
    m_silent->setChecked(supervision->silentWanted());
    m_viewers->setTextFormat(Qt::PlainText);
    m_draft->setTextFormat(Qt::PlainText);
    m_draft->setWordWrap(true);
    QFont italic = m_draft->font();
    italic.setItalic(true);
    m_draft->setFont(italic);
    m_whisper->setPlaceholderText(tr("Whisper to the agent (only agents see it)…"));
    m_whisper->setAccessibleName(tr("Whisper to the agent"));
    m_whisper->setMaxLength(4096);
    m_takeOver->setToolTip(tr("Assign this conversation to you, whoever holds it"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_silent);
    top->addWidget(m_viewers, 1);
    top->addWidget(m_takeOver);
    auto* whisper = new QHBoxLayout;
    whisper->addWidget(m_whisper, 1);
    whisper->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_draft);
    layout->addLayout(whisper);

    connect(m_silent, &QCheckBox::toggled, m_supervision, &Supervision::setSilent);
    connect(m_supervision, &Supervision::silentChanged, this, &SupervisionBar::updateState);
    connect(m_supervision, &Supervision::viewersChanged, this, &SupervisionBar::updateViewers);
    connect(m_supervision, &Supervision::draftChanged, this, &SupervisionBar::updateDraft);
    connect(m_whisper, &QLineEdit::returnPressed, this, &SupervisionBar::sendWhisper);
    connect(m_send, &QPushButton::clicked, this, &SupervisionBar::sendWhisper);
    connect(m_takeOver, &QPushButton::clicked, this, &SupervisionBar::takeOver);
    connect(m_session, &AgentSession::agentsChanged, this, &SupervisionBar::setAgents);
    setAgents(m_session->agents());
    setConversation({});
}

void SupervisionBar::setConversation(const Protocol::ConversationInfo& conversation)
{
    const bool other = conversation.id != m_conversation.id;
    m_conversation = conversation;
    setVisible(conversation.id != 0);
    if (other)
        m_whisper->clear();
    updateViewers();
    updateDraft();
    updateState();
}

void SupervisionBar::setAgents(const QList<Protocol::AgentInfo>& agents)
{
    m_names.clear();
    for (const auto& agent : agents)
        m_names.insert(agent.id, agent.displayName.isEmpty() ? agent.username : agent.displayName);
    updateViewers();
    updateDraft();
}

QString SupervisionBar::nameOf(qint64 agentId) const
{
    if (agentId == m_session->agent().id)
        return tr("you");
    const QString name = m_names.value(agentId);
    return name.isEmpty() ? tr("agent %1").arg(agentId) : name;
}

void SupervisionBar::updateViewers()
{
    QStringList names;
    for (qint64 id : m_supervision->viewers(m_conversation.id))
        names << nameOf(id);
    m_viewers->setText(
        names.isEmpty() ? tr("Nobody else is viewing") : tr("Viewing: %1").arg(names.join(u", ")));
}

void SupervisionBar::updateDraft()
{
    const QString draft = m_supervision->draft(m_conversation.id);
    const qint64 author = m_supervision->draftAuthor(m_conversation.id);
    m_draft->setVisible(!draft.isEmpty());
    m_draft->setText(draft.isEmpty() ? QString() : tr("%1 is typing: “%2”").arg(nameOf(author), draft));
}

void SupervisionBar::updateState()
{
    const bool mine = m_conversation.assigneeId != 0 && m_conversation.assigneeId == m_session->agent().id;
    const bool resolved = m_conversation.state == QLatin1StringView("resolved");
    m_takeOver->setEnabled(m_conversation.id != 0 && !mine && !resolved);
    // Watching one's own conversation is working it: silence does not apply there.
    m_silent->setEnabled(!mine);
    const QSignalBlocker blocker(m_silent);
    m_silent->setChecked(m_supervision->silentWanted());
}

void SupervisionBar::sendWhisper()
{
    const QString text = m_whisper->text().trimmed();
    if (text.isEmpty() || m_conversation.id == 0)
        return;
    m_whisper->clear();
    m_supervision->whisper(
        m_conversation.id, text, [bar = QPointer(this), text](const Protocol::Reply& reply) {
            if (bar && !reply.isOk() && bar->m_whisper->text().isEmpty())
                bar->m_whisper->setText(text); // give it back to try again
        });
}

void SupervisionBar::takeOver()
{
    if (m_conversation.id == 0)
        return;
    m_takeOver->setEnabled(false);
    // Once it is the lead's, the conversation.changed that follows ends the silence.
    m_supervision->takeOver(m_conversation.id, [bar = QPointer(this)](const Protocol::Reply&) {
        if (bar)
            bar->updateState();
    });
}

} // namespace Atendo
