#include "console/connectionstatus.h"

#include "client/agentsession.h"
#include "console/themecolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Atendo {

ConnectionStatus::ConnectionStatus(AgentSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_state(new QLabel(this)), m_presence(new QComboBox(this))
{
    m_state->setObjectName(u"connectionState"_s);
    m_state->setAccessibleName(tr("Connection state"));
    m_presence->setObjectName(u"presenceSelector"_s);
    m_presence->setAccessibleName(tr("Your presence"));
    m_presence->addItem(tr("Online"), u"online"_s);
    m_presence->addItem(tr("Away"), u"away"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_presence);
    connect(m_session, &AgentSession::stateChanged, this, &ConnectionStatus::refresh);
    connect(m_presence, &QComboBox::activated, this,
        [this](int index) { m_session->setPresence(m_presence->itemData(index).toString()); });
    connect(m_session, &AgentSession::presenceChanged, this, [this](qint64 agentId, const QString& presence) {
        if (agentId != m_session->agent().id)
            return;
        const int index = m_presence->findData(presence);
        if (index >= 0)
            m_presence->setCurrentIndex(index);
    });
    refresh();
}

QString ConnectionStatus::stateText() const
{
    return m_state->text();
}

void ConnectionStatus::refresh()
{
    QString text;
    auto tone = WindowCountdown::Tone::Closed;
    switch (m_session->state()) {
    case AgentSession::State::Online:
        text = tr("Online");
        tone = WindowCountdown::Tone::Open;
        break;
    case AgentSession::State::Connecting:
    case AgentSession::State::Authenticating:
        text = tr("Connecting…");
        tone = WindowCountdown::Tone::ClosingSoon;
        break;
    case AgentSession::State::Reconnecting:
        text = m_session->reconnectInSeconds() > 0
            ? tr("Reconnecting in %1 s…").arg(m_session->reconnectInSeconds())
            : tr("Reconnecting…");
        tone = WindowCountdown::Tone::Critical;
        break;
    case AgentSession::State::Offline:
        text = tr("Offline");
        tone = WindowCountdown::Tone::Critical;
        break;
    }
    text = u"● "_s + text;
    if (m_state->text() != text) {
        m_state->setText(text);
        QPalette pal = m_state->palette();
        pal.setColor(QPalette::WindowText, ThemeColors::tone(tone, palette()));
        m_state->setPalette(pal);
    }
    m_presence->setEnabled(m_session->state() == AgentSession::State::Online);
}

} // namespace Atendo
