#pragma once

#include "client/agentsession.h"
#include "client/backoffpolicy.h"
#include "core/clock.h"
#include "scriptedserver.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <memory>

namespace Atendo::Test {

// What the AgentSession tests share: a test clock, the scripted server with
// one conversation, and a session with short, jitter-free reconnect delays.
// A test class derives from it and calls setUpSession()/tearDownSession()
// from its init()/cleanup().
class SessionTestBase : public QObject
{
protected:
    void setUpSession()
    {
        using namespace std::chrono_literals;
        qRegisterMetaType<Protocol::ErrorCode>();
        m_clock = std::make_unique<TestClock>(m_start);
        m_server = std::make_unique<ScriptedServer>();
        m_server->conversations
            = {ScriptedServer::conversationJson(42, QStringLiteral("João Pereira"), m_start)};
        m_session = std::make_unique<AgentSession>(m_clock.get());
        // Short, jitter-free delays keep the reconnect tests fast and exact.
        m_session->setBackoffPolicy(BackoffPolicy({300ms, 600ms}, 0.0));
    }

    void tearDownSession()
    {
        m_session.reset();
        m_server.reset();
    }

    void loginOnline()
    {
        QSignalSpy loaded(m_session.get(), &AgentSession::snapshotLoaded);
        m_session->connectToServer(m_server->url(), QStringLiteral("maria"), QStringLiteral("s3cret!"));
        QTRY_COMPARE(m_session->state(), AgentSession::State::Online);
        QCOMPARE(loaded.count(), 1);
    }

    const QDateTime m_start = QDateTime(QDate(2026, 11, 25), QTime(13, 55), Qt::UTC);
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<AgentSession> m_session;
};

} // namespace Atendo::Test
