#include "client/agentsession.h"
#include "client/conversationmodel.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "console/composer.h"
#include "console/composeredit.h"
#include "console/connectionstatus.h"
#include "console/contactpanel.h"
#include "console/conversationpane.h"
#include "console/inboxdelegate.h"
#include "console/inboxview.h"
#include "console/mainwindow.h"
#include "console/screenshot.h"
#include "console/templatepickerdialog.h"
#include "console/ticker.h"
#include "console/windowbanner.h"
#include "core/clock.h"
#include "sandbox/sandbox.h"
#include "server/passwordhasher.h"
#include "server/server.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// An agent's day through the real console: log in, a customer writes, the agent
// replies, the countdown ticks down as the clock moves, the composer locks at
// 24 h, a template goes out through the picker after an opt-in, and a customer
// who says PARAR can no longer be reached from any control.
class TestConsoleFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<AgentSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_optInKey = u"test-optin-key"_s;

    void customerSays(const QString& text)
    {
        QString error;
        const QString wamid
            = m_sandbox->injectInbound({{u"from"_s, u"5511912345678"_s}, {u"name"_s, u"João Pereira"_s},
                                           {u"type"_s, u"text"_s}, {u"text"_s, text}},
                &error);
        QVERIFY2(!wamid.isEmpty(), qPrintable(error));
    }

    void recordOptIn()
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/optins"_s.arg(m_server->httpPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + m_optInKey.toUtf8());
        const QJsonObject body {{u"wa_id"_s, u"5511912345678"_s}, {u"source"_s, u"web_form"_s},
            {u"evidence"_s, u"checkout form, order A-77"_s}};
        QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status >= 200 && status < 300, reply->readAll().constData());
        reply->deleteLater();
    }

    // ATENDO_SCREENSHOT_DIR=/tmp/shots: keep a picture of each step (to look at under Xvfb).
    void snapshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("ATENDO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(); // lay out what the last step added
        QCoreApplication::processEvents();
        if (!dir.isEmpty())
            QVERIFY(Screenshot::save(m_window.get(), dir + u'/' + name + u".png"_s));
    }

    QModelIndex inboxRow() const { return m_window->inboxFilter()->index(0, 0); }
    QString countdownText() const
    {
        return m_window->inboxView()->delegate()->countdown(inboxRow()).shortText();
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
        config.optInApiKey = m_optInKey;
        config.retryBaseMs = 50;
        config.autoAssign = true;
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
        const PasswordHasher hasher(config.pbkdf2Iterations);
        QVERIFY(AgentRepository(m_server->database())
                    .create(u"maria"_s, u"Maria Souza"_s, u"agent"_s, hasher.hash(u"s3cret-maria"_s), 8)
            > 0);

        m_session = std::make_unique<AgentSession>(m_clock.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->ticker()->stop(); // the test ticks by hand as it moves the clock
        QFile card(QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s);
        QVERIFY(card.open(QIODevice::ReadOnly));
        m_window->setRateCard(RateCard::fromJson(card.readAll()));
        m_window->show();
        m_session->connectToServer(
            QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->consolePort())), u"maria"_s, u"s3cret-maria"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AgentSession::State::Online, 5000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        m_sandbox.reset();
    }

    void agentsDay()
    {
        // A customer writes; the inbox shows them with a full 24 h window.
        customerSays(u"Oi! Meu pedido ainda não chegou."_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxFilter()->rowCount(), 1, 10000);
        QCOMPARE(inboxRow().data(InboxModel::ContactNameRole).toString(), u"João Pereira"_s);
        QCOMPARE(countdownText(), u"24:00"_s);
        const qint64 id = inboxRow().data(InboxModel::ConversationIdRole).toLongLong();
        QVERIFY(m_window->inboxView()->selectConversation(id));
        QCOMPARE(m_window->currentConversationId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationModel()->rowCount(), 1, 5000);

        // Claim it if routing left it in the queue, then reply with Enter.
        auto* pane = m_window->conversationPane();
        if (inboxRow().data(InboxModel::AssigneeIdRole).toLongLong() != m_session->agent().id) {
            m_session->claim(id);
            QTRY_COMPARE_WITH_TIMEOUT(pane->conversation().assigneeId, m_session->agent().id, 5000);
        }
        auto* composer = pane->composer();
        QCOMPARE(composer->mode(), Composer::Mode::FreeText);
        QTest::keyClicks(composer->editor(), u"Oi Joao, vou verificar agora."_s);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sentMessages().size(), 1, 10000);
        QCOMPARE(m_sandbox->sentMessages().first().text, u"Oi Joao, vou verificar agora."_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationModel()->rowCount(), 2, 5000);
        snapshot(u"1-replied"_s);

        // The countdown follows the clock, in the inbox and in the banner.
        m_clock->advance(20h + 47min);
        m_window->ticker()->tick();
        QCOMPARE(countdownText(), u"3:13"_s);
        QCOMPARE(pane->banner()->text(), u"You can reply freely for 3 h 13 min"_s);
        QCOMPARE(pane->banner()->tone(), WindowCountdown::Tone::ClosingSoon);
        m_clock->advance(3h + 12min + 1s);
        m_window->ticker()->tick();
        QCOMPARE(countdownText(), u"0:59"_s);
        QCOMPARE(pane->banner()->tone(), WindowCountdown::Tone::Critical);
        QCOMPARE(composer->mode(), Composer::Mode::FreeText);
        snapshot(u"2-last-hour"_s);

        // Exactly 24 h after the customer's message: free text is locked.
        m_clock->advance(59s);
        m_window->ticker()->tick();
        QCOMPARE(countdownText(), u"closed"_s);
        QCOMPARE(composer->mode(), Composer::Mode::TemplateOnly);
        QVERIFY(!composer->editor()->isEnabled());
        QVERIFY(pane->banner()->text().startsWith(u"The 24-hour window closed at"_s));
        QVERIFY(composer->templateButton()->isEnabled());

        // With an opt-in on record, a template goes out through the picker.
        recordOptIn();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->contactPanel()->consentText(), u"Opted in"_s, 5000);
        composer->templateButton()->click();
        TemplatePickerDialog* picker = m_window->templatePicker();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        QVERIFY(picker->selectTemplate(u"pedido_confirmado"_s, u"pt_BR"_s));
        const auto edits = picker->fieldEditors();
        QCOMPARE(edits.size(), 3);
        QCOMPARE(edits.at(0)->text(), u"João"_s); // "Olá {{1}}": the first name
        QVERIFY(!picker->sendButton()->isEnabled());
        QTest::keyClicks(edits.at(1), u"#4821"_s);
        QTest::keyClicks(edits.at(2), u"sexta-feira"_s);
        QVERIFY(picker->previewText().contains(
            u"Olá João, seu pedido #4821 foi confirmado e chega até sexta-feira."_s));
        QVERIFY(picker->billingNotice().startsWith(u"Billed as Utility: about USD 0.0068"_s));
        QVERIFY(picker->sendButton()->isEnabled());
        snapshot(u"3-closed-with-picker"_s);
        picker->sendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sentMessages().size(), 2, 10000);
        QCOMPARE(m_sandbox->sentMessages().last().templateName, u"pedido_confirmado"_s);
        QTRY_VERIFY(!m_window->templatePicker());

        // The customer says stop: every control that could reach them is disabled.
        customerSays(u"PARAR"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->contactPanel()->isBadgeShown(), 10000);
        QCOMPARE(composer->mode(), Composer::Mode::Blocked);
        QVERIFY(!composer->editor()->isEnabled());
        QVERIFY(!composer->templateButton()->isEnabled());
        QVERIFY(!m_window->contactPanel()->canRecordOptOut());
        QVERIFY(pane->banner()->text().startsWith(u"Not contactable"_s));
        QVERIFY(inboxRow().data(InboxModel::OptedOutRole).toBool());
        snapshot(u"4-opted-out"_s);
        // Even reached by the menu, the picker refuses to send to them.
        m_window->openTemplatePicker();
        TemplatePickerDialog* blocked = m_window->templatePicker();
        QVERIFY(blocked);
        QVERIFY(blocked->blockedReason().contains(u"NON-CONTACTABLE"_s));
        QVERIFY(blocked->selectTemplate(u"pedido_confirmado"_s));
        const auto blockedEdits = blocked->fieldEditors();
        for (QLineEdit* edit : blockedEdits)
            edit->setText(u"x"_s);
        QVERIFY(!blocked->canSend());
        QVERIFY(!blocked->sendButton()->isEnabled());
        blocked->reject();
    }

    void keyboardFirst()
    {
        customerSays(u"Bom dia!"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxFilter()->rowCount(), 1, 10000);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(m_window->currentConversationId() != 0);
        const qint64 id = m_window->currentConversationId();

        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_window->inboxView()->searchEdit()->hasFocus());

        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(m_window->templatePicker());
        m_window->templatePicker()->reject();
        QTRY_VERIFY(!m_window->templatePicker());

        if (m_window->conversationPane()->conversation().assigneeId != m_session->agent().id) {
            m_session->claim(id);
            QTRY_COMPARE_WITH_TIMEOUT(
                m_window->conversationPane()->conversation().assigneeId, m_session->agent().id, 5000);
        }
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->conversationPane()->composer()->editor()->hasFocus()); // back to typing
        // Ctrl+Enter resolves even while typing; the conversation leaves "All" for "Resolved".
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->conversation(id)->state, u"resolved"_s, 5000);
        QTRY_COMPARE(m_window->inboxFilter()->rowCount(), 0);
        m_window->inboxView()->filterTabs()->setCurrentIndex(6);
        QCOMPARE(m_window->inboxFilter()->rowCount(), 1);
    }

    void statusBarShowsReconnecting()
    {
        QCOMPARE(m_window->connectionStatus()->stateText(), u"● Online"_s);
        m_server.reset(); // the server goes away under the console
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->connectionStatus()->stateText().startsWith(u"● Reconnecting"_s), 10000);
        m_window->ticker()->tick();
        static const QRegularExpression reconnectingIn(u"^● Reconnecting in \\d+ s…$"_s);
        QVERIFY2(reconnectingIn.match(m_window->connectionStatus()->stateText()).hasMatch(),
            qPrintable(m_window->connectionStatus()->stateText()));
    }
};

QTEST_MAIN(TestConsoleFlow)
#include "tst_consoleflow.moc"
