#include "client/agentsession.h"
#include "client/contactsearchmodel.h"
#include "client/inboxfiltermodel.h"
#include "client/inboxmodel.h"
#include "console/inboxview.h"
#include "console/mainwindow.h"
#include "console/newconversationdialog.h"
#include "console/newconversationflow.h"
#include "console/screenshot.h"
#include "console/templatepickerdialog.h"
#include "console/ticker.h"
#include "sandbox/sandbox.h"
#include "serverharness.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

// An agent starts a conversation from the console: finds the customer by name,
// sees who cannot be contacted and why, picks an opted-in one, fills a
// template priced from the server's rate card (not the console's own), and the
// new conversation opens in the inbox, assigned to them.
class TestNewConversation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ServerHarness> m_harness;
    std::unique_ptr<AgentSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    // The example card with Brazil's utility price changed: what the server bills with.
    QString writeServerCard()
    {
        QFile source(QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QJsonObject card = QJsonDocument::fromJson(source.readAll()).object();
        QJsonObject markets = card.value(u"markets"_s).toObject();
        QJsonObject brazil = markets.value(u"BR"_s).toObject();
        brazil.insert(u"utility"_s, u"0.0111"_s);
        markets.insert(u"BR"_s, brazil);
        card.insert(u"markets"_s, markets);
        QFile out(m_harness->dir.filePath(u"server-card.json"_s));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(card).toJson());
        return out.fileName();
    }

    qint64 optIn(const QString& phone, const QString& name)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_harness->httpUrl(u"/api/v1/optins"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer test-optin-key");
        const QJsonObject body {{u"phone"_s, phone}, {u"name"_s, name}, {u"source"_s, u"web_form"_s},
            {u"evidence"_s, u"checkout form"_s}};
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!done.wait(5000))
            return 0;
        return QJsonDocument::fromJson(reply->readAll()).object().value(u"contact_id"_s).toInteger();
    }

    void snapshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ATENDO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(Screenshot::save(widget, dir + u'/' + name + u".png"_s));
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"AtendoTest"_s);
        QStandardPaths::setTestModeEnabled(true);
        m_harness = std::make_unique<Test::ServerHarness>();
        m_harness->config.autoAssign = true;
        m_harness->config.rateCardPath = writeServerCard();
        QVERIFY(!m_harness->config.rateCardPath.isEmpty());
        QVERIFY(m_harness->start());
        QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);

        m_session = std::make_unique<AgentSession>(&m_harness->clock);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->ticker()->stop();
        // The console's own card says USD 0.0068 for a Brazilian utility template.
        QFile card(QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s);
        QVERIFY(card.open(QIODevice::ReadOnly));
        m_window->setRateCard(RateCard::fromJson(card.readAll()));
        m_window->resize(1200, 760);
        m_window->show();
        m_session->connectToServer(m_harness->consoleUrl(), u"maria"_s, u"s3cret-maria"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AgentSession::State::Online, 5000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_harness.reset();
    }

    void startsWithAnOptedInContact()
    {
        // Ana opted in on a web form and never wrote; Bruno opted in, then asked
        // to stop; João wrote, with no opt-in on record.
        QVERIFY(optIn(u"+5511912345678"_s, u"Ana Pereira"_s) > 0);
        const qint64 bruno = optIn(u"+5511923456789"_s, u"Bruno Pereira"_s);
        QVERIFY(bruno > 0);
        m_session->recordOptOut(bruno, u"Asked on the phone to receive nothing more"_s);
        QString error;
        QVERIFY2(!m_harness->sandbox
                      ->injectInbound({{u"from"_s, u"5511987654321"_s}, {u"name"_s, u"João Pereira"_s},
                                          {u"type"_s, u"text"_s}, {u"text"_s, u"Oi"_s}},
                          &error)
                      .isEmpty(),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxFilter()->rowCount(), 1, 10000);

        // Ctrl+N opens the dialog.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QAction* action = m_window->newConversationFlow()->action();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+N"_s));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_window->newConversationFlow()->dialog());
        NewConversationDialog* dialog = m_window->newConversationFlow()->dialog();
        QAbstractItemModelTester tester(
            dialog->contactList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!dialog->chooseButton()->isEnabled());

        QTest::keyClicks(dialog->searchEdit(), u"pereira"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->contactList()->model()->rowCount(), 3, 5000);
        QAbstractItemModel* list = dialog->contactList()->model();
        const auto row = [list](int r) { return list->index(r, 0); };
        QVERIFY(row(0).data().toString().startsWith(u"Ana Pereira (+5511912345678)\nOpted in"_s));
        QVERIFY(row(0).flags() & Qt::ItemIsEnabled);
        QVERIFY(row(1).data().toString().startsWith(u"Bruno Pereira"_s));
        QVERIFY(!(row(1).flags() & Qt::ItemIsEnabled));
        QCOMPARE(row(1).data(Qt::ToolTipRole).toString(), u"Opted out — cannot be contacted"_s);
        QVERIFY(row(2).data().toString().startsWith(u"João Pereira"_s));
        QVERIFY(!(row(2).flags() & Qt::ItemIsEnabled));
        QCOMPARE(row(2).data(Qt::ToolTipRole).toString(), u"No opt-in on record · open conversation"_s);

        // A disabled contact cannot be chosen, even by clicking it.
        dialog->contactList()->setCurrentIndex(row(1));
        QVERIFY(!dialog->chooseButton()->isEnabled());
        // Down from the search field lands on the first contact who can be chosen.
        dialog->searchEdit()->setFocus();
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Down);
        QCOMPARE(dialog->contactList()->currentIndex().row(), 0);
        QVERIFY(dialog->chooseButton()->isEnabled());
        QVERIFY(dialog->statusText().startsWith(u"Ana Pereira opted in"_s));
        snapshot(dialog, u"new-conversation-dialog"_s);
        dialog->chooseButton()->click();
        QTRY_VERIFY(m_window->newConversationFlow()->picker());
        QTRY_VERIFY(!m_window->newConversationFlow()->dialog());

        // The picker prices with the server's card, not the console's.
        TemplatePickerDialog* picker = m_window->newConversationFlow()->picker();
        QVERIFY(picker->blockedReason().isEmpty());
        QVERIFY(picker->selectTemplate(u"pedido_confirmado"_s, u"pt_BR"_s));
        QVERIFY2(picker->billingNotice().startsWith(u"Billed as Utility: about USD 0.0111"_s),
            qPrintable(picker->billingNotice()));
        const auto edits = picker->fieldEditors();
        QCOMPARE(edits.size(), 3);
        QCOMPARE(edits.at(0)->text(), u"Ana"_s);
        QTest::keyClicks(edits.at(1), u"A-77"_s);
        QTest::keyClicks(edits.at(2), u"sexta-feira"_s);
        QVERIFY(picker->sendButton()->isEnabled());
        snapshot(picker, u"new-conversation-picker"_s);
        picker->sendButton()->click();

        // It goes out, and the new conversation opens in the inbox, assigned to Maria.
        QTRY_COMPARE_WITH_TIMEOUT(m_harness->sandbox->sentMessages().size(), 1, 10000);
        QCOMPARE(m_harness->sandbox->sentMessages().first().to, u"5511912345678"_s);
        QCOMPARE(m_harness->sandbox->sentMessages().first().templateName, u"pedido_confirmado"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxFilter()->rowCount(), 2, 5000);
        QTRY_VERIFY(m_window->currentConversationId() != 0);
        const auto current = m_session->conversation(m_window->currentConversationId());
        QVERIFY(current);
        QCOMPARE(current->contact.name, u"Ana Pereira"_s);
        QCOMPARE(current->assigneeId, m_session->agent().id);
        QCOMPARE(m_window->inboxView()
                     ->listView()
                     ->currentIndex()
                     .data(InboxModel::ConversationIdRole)
                     .toLongLong(),
            current->id);
        snapshot(m_window.get(), u"new-conversation-opened"_s);
    }

    void contactWithAnOpenConversationOpensIt()
    {
        QVERIFY(optIn(u"+5511912345678"_s, u"Ana Pereira"_s) > 0);
        QString error;
        QVERIFY(!m_harness->sandbox
                     ->injectInbound({{u"from"_s, u"5511912345678"_s}, {u"name"_s, u"Ana Pereira"_s},
                                         {u"type"_s, u"text"_s}, {u"text"_s, u"Oi de novo"_s}},
                         &error)
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxFilter()->rowCount(), 1, 10000);
        const qint64 existing
            = m_window->inboxFilter()->index(0, 0).data(InboxModel::ConversationIdRole).toLongLong();
        m_window->showConversation(0);

        m_window->newConversationFlow()->start();
        NewConversationDialog* dialog = m_window->newConversationFlow()->dialog();
        QVERIFY(dialog);
        dialog->searchEdit()->setText(u"ana"_s);
        dialog->searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->contactList()->model()->rowCount(), 1, 5000);
        dialog->contactList()->setCurrentIndex(dialog->contactList()->model()->index(0, 0));
        QCOMPARE(dialog->chooseButton()->text(), u"Open conversation"_s);
        dialog->chooseButton()->click();
        // No second conversation, no picker: the one already open is shown.
        QTRY_COMPARE(m_window->currentConversationId(), existing);
        QVERIFY(!m_window->newConversationFlow()->picker());
        QCOMPARE(m_window->inboxFilter()->rowCount(), 1);
        QVERIFY(m_harness->sandbox->sentMessages().isEmpty());
    }

    void shortQueriesAndMissesSayWhy()
    {
        m_window->newConversationFlow()->start();
        NewConversationDialog* dialog = m_window->newConversationFlow()->dialog();
        QVERIFY(dialog);
        dialog->searchEdit()->setText(u"a"_s);
        dialog->searchNow();
        QCOMPARE(dialog->contactList()->model()->rowCount(), 0);
        QCOMPARE(dialog->statusText(), u"Type at least 2 characters of a name or number."_s);
        dialog->searchEdit()->setText(u"zzz"_s);
        dialog->searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), u"No contact matches “zzz”."_s, 5000);
        QVERIFY(!dialog->chooseButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!m_window->newConversationFlow()->dialog());
    }
};

QTEST_MAIN(TestNewConversation)
#include "tst_newconversation.moc"
