#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Free-form replies inside the 24 h window go out once; outside it the server
// refuses them and nothing reaches WhatsApp.
class TestServerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyInsideTheWindowGoesOutOnce();
    void freeFormAfter24HoursIsRefused();
    void badSendArgumentsChangeNothing();

private:
    QJsonArray sandboxSent();
    QJsonObject sendText(const QString& key, const QString& text);
    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
    qint64 m_conversation = 0;
};

void TestServerWindow::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"Vocês entregam no sábado?"_s).isEmpty());
    m_conversation = m_maria->conversationIdFor(u"+5511987654321"_s);
    QVERIFY(m_conversation > 0);
}

void TestServerWindow::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

QJsonArray TestServerWindow::sandboxSent()
{
    const auto result = m_harness->get(m_harness->sandboxUrl(u"/sandbox/sent"_s));
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    return doc.object().value(u"data"_s).toArray();
}

QJsonObject TestServerWindow::sendText(const QString& key, const QString& text)
{
    return m_maria->call(u"message.send"_s,
        {{u"conversation_id"_s, m_conversation}, {u"key"_s, key}, {u"kind"_s, u"text"_s}, {u"text"_s, text}});
}

void TestServerWindow::replyInsideTheWindowGoesOutOnce()
{
    const QJsonObject reply = sendText(u"c0a8f4e2-0001"_s, u"Entregamos sim, das 8h às 14h."_s);
    const QJsonObject message = reply.value(u"ok"_s).toObject().value(u"message"_s).toObject();
    QCOMPARE(message.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(message.value(u"author_id"_s).toInteger(), m_maria->agentId());
    const qint64 id = message.value(u"id"_s).toInteger();
    // The sender claimed the conversation from the queue.
    QVERIFY(m_maria->waitForEvent(u"conversation.changed"_s, [&](const QJsonObject& data) {
        return data.value(u"conversation"_s).toObject().value(u"assignee_id"_s).toInteger()
            == m_maria->agentId();
    }));
    // Sent, then delivered and read as Meta reports them.
    for (const QString& status : {u"sent"_s, u"delivered"_s, u"read"_s}) {
        QVERIFY2(m_maria->waitForEvent(u"message.status"_s,
                     [&](const QJsonObject& data) {
                         return data.value(u"message_id"_s).toInteger() == id
                             && data.value(u"status"_s).toString() == status;
                     }),
            qPrintable(status));
    }
    // The same key again: the same message, nothing sent twice.
    const QJsonObject retry = sendText(u"c0a8f4e2-0001"_s, u"Entregamos sim, das 8h às 14h."_s);
    QCOMPARE(retry.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger(), id);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 1);
    QCOMPARE(m_harness->sandbox->sentMessages().size(), 1);
    QCOMPARE(sandboxSent().size(), 1);
}

void TestServerWindow::freeFormAfter24HoursIsRefused()
{
    m_harness->clock.advance(std::chrono::hours(24) + std::chrono::seconds(1));
    const QJsonObject reply = sendText(u"late-reply-0001"_s, u"Desculpe a demora!"_s);
    const QJsonObject err = reply.value(u"err"_s).toObject();
    QCOMPARE(err.value(u"code"_s).toString(), u"window_closed"_s);
    QVERIFY(err.value(u"details"_s)
                .toObject()
                .value(u"expires_at"_s)
                .toString()
                .startsWith(u"2026-11-26T14:00"_s));
    const QJsonObject reaction = m_maria->call(u"message.send"_s,
        {{u"conversation_id"_s, m_conversation}, {u"key"_s, u"late-react-0001"_s}, {u"kind"_s, u"reaction"_s},
            {u"target_id"_s, 1}, {u"emoji"_s, u"👍"_s}});
    QCOMPARE(reaction.value(u"err"_s).toObject().value(u"code"_s).toString(), u"window_closed"_s);
    // Nothing stored, nothing queued, nothing reached WhatsApp.
    QCOMPARE(m_harness->count(u"messages"_s, u"direction = 'out'"_s), 0);
    QCOMPARE(m_harness->count(u"outbox"_s), 0);
    QCOMPARE(m_harness->get(m_harness->sandboxUrl(u"/sandbox/sent"_s)).status, 200);
    QVERIFY(sandboxSent().isEmpty());
    // The customer writes again: the window reopens and the reply goes out.
    QVERIFY(!m_harness->customerSays(u"5511987654321"_s, u"Alô?"_s).isEmpty());
    QTRY_COMPARE(m_harness->count(u"messages"_s, u"direction = 'in'"_s), 2);
    QVERIFY(sendText(u"late-reply-0002"_s, u"Oi! Estamos aqui."_s).contains(u"ok"_s));
    QTRY_COMPARE(m_harness->sandbox->sentMessages().size(), 1);
}

void TestServerWindow::badSendArgumentsChangeNothing()
{
    const auto code = [](const QJsonObject& reply) {
        return reply.value(u"err"_s).toObject().value(u"code"_s).toString();
    };
    QCOMPARE(code(sendText(u"short"_s, u"Oi"_s)), u"bad_request"_s);
    QCOMPARE(code(sendText(u"valid-key-0001"_s, QString(4097, u'a'))), u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"message.send"_s,
                 {{u"conversation_id"_s, u"42"_s}, {u"key"_s, u"valid-key-0002"_s}, {u"kind"_s, u"text"_s},
                     {u"text"_s, u"x"_s}})),
        u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"message.send"_s,
                 {{u"conversation_id"_s, m_conversation}, {u"key"_s, u"valid-key-0003"_s},
                     {u"kind"_s, u"fax"_s}})),
        u"bad_request"_s);
    QCOMPARE(code(m_maria->call(u"message.send"_s,
                 {{u"conversation_id"_s, 9999}, {u"key"_s, u"valid-key-0004"_s}, {u"kind"_s, u"text"_s},
                     {u"text"_s, u"x"_s}})),
        u"not_found"_s);
    QCOMPARE(m_harness->count(u"messages"_s, u"direction <> 'in'"_s), 0);
    QCOMPARE(m_harness->count(u"outbox"_s), 0);
}

QTEST_GUILESS_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
