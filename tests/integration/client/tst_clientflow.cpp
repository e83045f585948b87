#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "client/inboxmodel.h"
#include "client/localcache.h"
#include "core/clock.h"
#include "sandbox/sandbox.h"
#include "server/passwordhasher.h"
#include "server/server.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using State = AgentSession::State;

// An agent's day in miniature, through the client library only: log in, a
// customer writes (through the sandbox, as Meta would), the inbox and the
// conversation show it, the agent replies, the ticks arrive.
class TestClientFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<AgentSession> m_session;

    QUrl consoleUrl() const { return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->consolePort())); }

    QString customerSays(const QString& text)
    {
        QString error;
        const QString wamid
            = m_sandbox->injectInbound({{u"from"_s, u"5511987654321"_s}, {u"name"_s, u"João Pereira"_s},
                                           {u"type"_s, u"text"_s}, {u"text"_s, text}},
                &error);
        if (wamid.isEmpty())
            qWarning("inject failed: %s", qPrintable(error));
        return wamid;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<TestClock>(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC));
        m_dir = std::make_unique<QTemporaryDir>();
        SandboxConfig sandboxConfig;
        sandboxConfig.listenPort = 0;
        sandboxConfig.statusDelaysMs = {20, 60, 120};
        m_sandbox = std::make_unique<Sandbox>(sandboxConfig, m_clock.get());
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));

        ServerConfig config;
        config.consolePort = 0;
        config.httpPort = 0;
        config.database = DatabaseConfig::sqlite(m_dir->filePath(u"atendo.db"_s));
        config.pbkdf2Iterations = 10;
        config.coalesceMs = 5;
        config.appSecret = sandboxConfig.appSecret;
        config.accessToken = sandboxConfig.accessToken;
        config.verifyToken = sandboxConfig.verifyToken;
        config.optInApiKey = u"test-optin-key"_s;
        config.retryBaseMs = 50;
        config.rateCardPath
            = QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s;
        config.phoneNumberId = sandboxConfig.phoneNumberId;
        config.wabaId = sandboxConfig.wabaId;
        config.graphBaseUrl = m_sandbox->graphBaseUrl();
        m_server = std::make_unique<Server>(config, m_clock.get());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QSignalSpy handshake(m_sandbox.get(), &Sandbox::handshakeFinished);
        m_sandbox->setWebhookUrl(QUrl(u"http://127.0.0.1:%1/webhooks/whatsapp"_s.arg(m_server->httpPort())));
        QVERIFY(!handshake.isEmpty() || handshake.wait(5000));
        QVERIFY(handshake.first().first().toBool());

        const PasswordHasher hasher(config.pbkdf2Iterations);
        QVERIFY(AgentRepository(m_server->database())
                    .create(u"maria"_s, u"Maria Souza"_s, u"agent"_s, hasher.hash(u"s3cret-maria"_s), 8)
            > 0);
        m_session = std::make_unique<AgentSession>(m_clock.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_server.reset();
        m_sandbox.reset();
    }

    void wrongPasswordIsRefused()
    {
        QSignalSpy failed(m_session.get(), &AgentSession::loginFailed);
        m_session->connectToServer(consoleUrl(), u"maria"_s, u"nope"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<Protocol::ErrorCode>(), Protocol::ErrorCode::Unauthenticated);
        QTRY_COMPARE(m_session->state(), State::Offline);
    }

    void customerWritesAgentRepliesTicksArrive()
    {
        InboxModel inbox(m_session.get());
        QAbstractItemModelTester inboxTester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_session->connectToServer(consoleUrl(), u"maria"_s, u"s3cret-maria"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Online, 5000);
        QCOMPARE(m_session->agent().username, u"maria"_s);
        QCOMPARE(m_session->serverNow(), m_clock->now()); // same clock: no offset

        QVERIFY(!customerSays(u"Vocês entregam no sábado?"_s).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(inbox.rowCount(), 1, 10000);
        const QModelIndex row = inbox.index(0);
        QCOMPARE(row.data(InboxModel::ContactNameRole).toString(), u"João Pereira"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            inbox.index(0).data(InboxModel::PreviewRole).toString(), u"Vocês entregam no sábado?"_s, 5000);
        // The server's window: 24 h from the customer's message.
        QCOMPARE(inbox.index(0).data(InboxModel::WindowExpiresRole).toDateTime(), m_clock->now().addDays(1));
        const qint64 conversationId = inbox.index(0).data(InboxModel::ConversationIdRole).toLongLong();

        ConversationModel conversation(m_session.get());
        QAbstractItemModelTester conversationTester(
            &conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conversation.setConversation(conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(conversation.rowCount(), 1, 5000);
        QCOMPARE(conversation.index(0).data(ConversationModel::DirectionRole).toString(), u"in"_s);
        QCOMPARE(conversation.index(0).data(ConversationModel::TextRole).toString(),
            u"Vocês entregam no sábado?"_s);

        const QString key = m_session->sendText(conversationId, u"Entregamos sim, das 8h às 14h."_s);
        QCOMPARE(conversation.rowCount(), 2);
        QCOMPARE(conversation.index(1).data(ConversationModel::StatusRole).toString(), u"pending"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            conversation.index(1).data(ConversationModel::MessageIdRole).toLongLong() > 0, 5000);
        QCOMPARE(conversation.index(1).data(ConversationModel::KeyRole).toString(), key);
        QTRY_COMPARE_WITH_TIMEOUT(
            conversation.index(1).data(ConversationModel::StatusRole).toString(), u"read"_s, 10000);
        QCOMPARE(conversation.rowCount(), 2); // one bubble, whatever the order of reply and events

        const auto sent = m_sandbox->sentMessages();
        QCOMPARE(sent.size(), 1); // Meta received it once
        QCOMPARE(sent.first().text, u"Entregamos sim, das 8h às 14h."_s);
        QCOMPARE(sent.first().to, u"5511987654321"_s);
    }

    void aRestartedConsoleResumesAndGetsWhatItMissed()
    {
        const QString cachePath = m_dir->filePath(u"console/maria.sqlite"_s);
        {
            LocalCache cache(cachePath);
            m_session->setCache(&cache);
            m_session->connectToServer(consoleUrl(), u"maria"_s, u"s3cret-maria"_s);
            QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Online, 5000);
            QVERIFY(!customerSays(u"Oi, tudo bem?"_s).isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(m_session->conversations().size(), 1, 10000);
            m_session.reset(); // the console quits
        }
        // While it is closed the customer writes again.
        const qint64 seqBefore = LocalCache(cachePath).lastSeq();
        QVERIFY(seqBefore > 0);
        QVERIFY(!customerSays(u"Alguém aí?"_s).isEmpty());

        LocalCache cache(cachePath);
        AgentSession restarted(m_clock.get());
        restarted.setCache(&cache);
        InboxModel inbox(&restarted);
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(restarted.restoreSession(consoleUrl(), u"maria"_s));
        QCOMPARE(inbox.rowCount(), 1); // from the cache, before the server answered
        QCOMPARE(inbox.index(0).data(InboxModel::PreviewRole).toString(), u"Oi, tudo bem?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.state(), State::Online, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            inbox.index(0).data(InboxModel::PreviewRole).toString(), u"Alguém aí?"_s, 10000);
        QCOMPARE(inbox.rowCount(), 1);
        QVERIFY(restarted.lastSeq() > seqBefore);
    }
};

QTEST_GUILESS_MAIN(TestClientFlow)
#include "tst_clientflow.moc"
