#include "client/agentsession.h"
#include "client/boardalertmodel.h"
#include "client/boardmodel.h"
#include "client/boardrostermodel.h"
#include "client/conversationmodel.h"
#include "client/leadconversationsmodel.h"
#include "client/supervision.h"
#include "console/leadboardview.h"
#include "console/leadmode.h"
#include "console/leadpanel.h"
#include "console/mainwindow.h"
#include "console/notifier.h"
#include "console/screenshot.h"
#include "console/supervisionbar.h"
#include "console/templatepickerdialog.h"
#include "console/ticker.h"
#include "core/clock.h"
#include "protocol/ops.h"
#include "sandbox/sandbox.h"
#include "server/passwordhasher.h"
#include "server/server.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// A team lead's console against the real server and sandbox: the board arrives
// and an alert appears as the clock passes the waiting threshold; watching a
// conversation silently sends no read receipt and leaves it unread; a whisper
// stays in the team; "Take over" makes the conversation the lead's.
class TestLeadFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<AgentSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    void customerSays(const QString& text)
    {
        QString error;
        const QString wamid
            = m_sandbox->injectInbound({{u"from"_s, u"5511912345678"_s}, {u"name"_s, u"João Pereira"_s},
                                           {u"type"_s, u"text"_s}, {u"text"_s, text}},
                &error);
        QVERIFY2(!wamid.isEmpty(), qPrintable(error));
    }

    // The server answers in order: once this reply is in, everything the console
    // sent before it has been handled.
    QJsonObject conversationFromServer(qint64 id)
    {
        QJsonObject answer;
        bool done = false;
        m_session->request(
            Protocol::Op::ConversationGet, {{u"conversation_id"_s, id}}, [&](const Protocol::Reply& reply) {
                answer = reply.ok.value(u"conversation"_s).toObject();
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return answer;
    }

    void snapshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("ATENDO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(Screenshot::save(m_window.get(), dir + u'/' + name + u".png"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<TestClock>(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC));
        m_dir = std::make_unique<QTemporaryDir>();
        QCoreApplication::setOrganizationName(u"AtendoTest"_s);
        QStandardPaths::setTestModeEnabled(true);
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
        config.retryBaseMs = 50;
        config.autoAssign = false;
        config.board.tickMs = 50; // time-based alerts re-evaluated quickly as the TestClock jumps
        config.board.minPushMs = 10;
        config.phoneNumberId = sandboxConfig.phoneNumberId;
        config.wabaId = sandboxConfig.wabaId;
        config.graphBaseUrl = m_sandbox->graphBaseUrl();
        m_server = std::make_unique<Server>(config, m_clock.get());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QSignalSpy handshake(m_sandbox.get(), &Sandbox::handshakeFinished);
        m_sandbox->setWebhookUrl(QUrl(u"http://127.0.0.1:%1/webhooks/whatsapp"_s.arg(m_server->httpPort())));
        QVERIFY(!handshake.isEmpty() || handshake.wait(5000));
        const PasswordHasher hasher(config.pbkdf2Iterations);
        AgentRepository agents(m_server->database());
        QVERIFY(
            agents.create(u"maria"_s, u"Maria Souza"_s, u"agent"_s, hasher.hash(u"s3cret-maria"_s), 8) > 0);
        QVERIFY(
            agents.create(u"ana"_s, u"Ana Ribeiro"_s, u"team_lead"_s, hasher.hash(u"s3cret-ana"_s), 0) > 0);

        m_session = std::make_unique<AgentSession>(m_clock.get());
        m_session->connectToServer(
            QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->consolePort())), u"ana"_s, u"s3cret-ana"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AgentSession::State::Online, 5000);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->ticker()->stop(); // the test ticks by hand as it moves the clock
        m_window->resize(1400, 1000);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_sandbox.reset();
    }

    void leadWatchesWhispersAndTakesOver()
    {
        LeadMode* lead = m_window->leadMode();
        QVERIFY(lead); // a team lead gets the panel; an agent does not (below)
        LeadPanel* panel = lead->panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->board()->hasBoard(), 5000);
        QVERIFY(panel->board()->roster()->rowCount() > 0);

        // A customer writes; the lead's table shows the conversation, waiting.
        QSignalSpy notified(m_window->notifier(), &Notifier::notified);
        customerSays(u"Oi! Meu pedido ainda não chegou."_s);
        QTRY_COMPARE_WITH_TIMEOUT(panel->conversations()->rowCount(), 1, 10000);
        const qint64 id = panel->conversations()
                              ->index(0, 0)
                              .data(LeadConversationsModel::ConversationIdRole)
                              .toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(panel->board()->board().waiting == 1, 5000);
        QCOMPARE(panel->board()->alerts()->rowCount(), 0);

        // Past the 10-minute threshold the board raises the alert, and the lead is notified.
        m_clock->advance(10min + 1s);
        m_window->ticker()->tick();
        QTRY_COMPARE_WITH_TIMEOUT(panel->board()->alerts()->rowCount(), 1, 5000);
        const QModelIndex alert = panel->board()->alerts()->index(0);
        QCOMPARE(alert.data(BoardAlertModel::KindRole).toString(), u"customer_waiting"_s);
        QCOMPARE(alert.data(BoardAlertModel::ConversationIdRole).toLongLong(), id);
        QVERIFY(alert.data().toString().startsWith(u"João Pereira has waited 10 min"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(notified.cbegin(), notified.cend(),
                [](const QList<QVariant>& n) { return n.at(0).toString() == u"Team lead alert"_s; }),
            5000);
        QVERIFY(panel->conversations()
                    ->index(0, LeadConversationsModel::WaitingColumn)
                    .data()
                    .toString()
                    .startsWith(u"10 min"_s));
        snapshot(u"lead-1-alert"_s);

        // Opening it from the board watches silently: no read receipt, still unread.
        Q_EMIT lead->panel()->boardView()->conversationActivated(id);
        QCOMPARE(m_window->currentConversationId(), id);
        QVERIFY(m_window->supervision()->isSilent());
        QVERIFY(lead->supervisionBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationModel()->rowCount(), 1, 5000);
        QCOMPARE(conversationFromServer(id).value(u"unread"_s).toInt(), 1);
        QVERIFY(m_sandbox->reads().isEmpty());

        // A whisper reaches the team as a message and never the customer.
        QLineEdit* whisper = lead->supervisionBar()->whisperEdit();
        QTest::keyClicks(whisper, u"Maria, ofereca o frete gratis."_s);
        QTest::keyClick(whisper, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationModel()->rowCount(), 2, 5000);
        const QModelIndex note = m_window->conversationModel()->index(1, 0);
        QCOMPARE(note.data(ConversationModel::DirectionRole).toString(), u"note"_s);
        QCOMPARE(note.data(ConversationModel::KindRole).toString(), u"whisper"_s);
        QCOMPARE(conversationFromServer(id).value(u"unread"_s).toInt(), 1);
        QVERIFY(m_sandbox->sentMessages().isEmpty());
        QVERIFY(m_sandbox->reads().isEmpty());
        snapshot(u"lead-2-silent-whisper"_s);

        // Take over: the conversation becomes the lead's, with an audit note; then it is read.
        lead->supervisionBar()->takeOverButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_session->conversation(id).value_or(Protocol::ConversationInfo {}).assigneeId,
            m_session->agent().id, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->supervision()->isSilent(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationModel()->rowCount(), 3, 5000);
        QCOMPARE(m_window->conversationModel()->index(2, 0).data(ConversationModel::KindRole).toString(),
            u"system"_s);
        m_window->showConversation(id); // the lead now works it like an agent
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->reads().size(), 1, 5000);
    }

    void anAgentGetsNoLeadPanel()
    {
        auto agentSession = std::make_unique<AgentSession>(m_clock.get());
        agentSession->connectToServer(
            QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->consolePort())), u"maria"_s, u"s3cret-maria"_s);
        QTRY_COMPARE_WITH_TIMEOUT(agentSession->state(), AgentSession::State::Online, 5000);
        MainWindow window(agentSession.get());
        QVERIFY(!window.leadMode());
        QVERIFY(!window.supervision()->isSilent());
        // Asking anyway is refused by the server.
        BoardModel board(agentSession.get());
        QSignalSpy refused(&board, &BoardModel::subscribeFailed);
        board.subscribe();
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().at(0).value<Protocol::ErrorCode>(), Protocol::ErrorCode::Forbidden);
        QVERIFY(!board.isSubscribed());
    }
};

QTEST_MAIN(TestLeadFlow)
#include "tst_leadflow.moc"
