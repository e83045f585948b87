#include "consoleclient.h"
#include "sandbox/outboundmessages.h"
#include "sandbox/templatecatalog.h"
#include "serverharness.h"

#include <QJsonObject>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Meta's permanent refusals, forced where the server's own view and Meta's
// differ: the message is marked failed with error.code meta_<code> and Meta's
// explanation, pushed to the consoles as message.status, and never retried.
class TestServerMetaErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void windowClosedAtMeta();
    void templatePausedAtMetaOnly();
    void numberNotOnWhatsApp();
    void marketingStoppedAtMetaOnly();

private:
    qint64 openConversation(const QString& waId);
    qint64 send(qint64 conversationId, const QString& key, const QJsonObject& content);
    // Waits for the message to be pushed as failed; returns its error object.
    QJsonObject failure(qint64 messageId);
    void expectOneAttempt(qint64 messageId);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
};

void TestServerMetaErrors::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
    QTRY_VERIFY(m_harness->count(u"templates"_s) > 0);
}

void TestServerMetaErrors::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

qint64 TestServerMetaErrors::openConversation(const QString& waId)
{
    if (m_harness->customerSays(waId, u"Oi, preciso de ajuda"_s).isEmpty())
        return 0;
    return m_maria->conversationIdFor(u"+"_s + waId);
}

qint64 TestServerMetaErrors::send(qint64 conversationId, const QString& key, const QJsonObject& content)
{
    QJsonObject args = content;
    args.insert(u"conversation_id"_s, conversationId);
    args.insert(u"key"_s, key);
    const QJsonObject reply = m_maria->call(u"message.send"_s, args);
    return reply.value(u"ok"_s).toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger();
}

QJsonObject TestServerMetaErrors::failure(qint64 messageId)
{
    QJsonObject error;
    const bool failed = m_maria->waitForEvent(u"message.status"_s, [&](const QJsonObject& data) {
        if (data.value(u"message_id"_s).toInteger() != messageId || data.value(u"status"_s) != u"failed"_s)
            return false;
        error = data.value(u"error"_s).toObject();
        return true;
    });
    return failed ? error : QJsonObject {};
}

void TestServerMetaErrors::expectOneAttempt(qint64 messageId)
{
    QCOMPARE(m_harness->count(u"messages"_s, u"id = %1 AND status = 'failed'"_s.arg(messageId)), 1);
    // Permanent: nothing waits to be tried again.
    QCOMPARE(m_harness->count(u"outbox"_s, u"message_id = %1 AND state = 'pending'"_s.arg(messageId)), 0);
    QCOMPARE(m_harness->sandbox->sentMessages().size(), 1);
}

void TestServerMetaErrors::windowClosedAtMeta()
{
    const qint64 conversation = openConversation(u"5511987654321"_s);
    QVERIFY(conversation > 0);
    // Only Meta's clock moves: the server still sees the window open and lets the reply go.
    m_harness->sandbox->advanceClock(24 * 3600 + 1);
    const qint64 id
        = send(conversation, u"meta-131047-01"_s, {{u"kind"_s, u"text"_s}, {u"text"_s, u"Ainda aí?"_s}});
    QVERIFY(id > 0);
    const QJsonObject error = failure(id);
    QCOMPARE(error.value(u"code"_s).toString(), u"meta_131047"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"24 hours"_s),
        qPrintable(error.value(u"message"_s).toString()));
    expectOneAttempt(id);
}

void TestServerMetaErrors::templatePausedAtMetaOnly()
{
    const qint64 conversation = openConversation(u"5511987654321"_s);
    QVERIFY(conversation > 0);
    // Paused on Meta's side before its webhook could tell the server.
    QVERIFY(!m_harness->sandbox->templates()
                 .setStatus(u"pedido_confirmado"_s, u"pt_BR"_s, u"PAUSED"_s, {})
                 .isEmpty());
    const QJsonObject content {{u"kind"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, u"pedido_confirmado"_s}, {u"language"_s, u"pt_BR"_s},
                {u"params"_s,
                    QJsonObject {{u"body"_s,
                        QJsonObject {{u"1"_s, u"João"_s}, {u"2"_s, u"A-1029"_s}, {u"3"_s, u"sexta"_s}}}}}}}};
    const qint64 id = send(conversation, u"meta-132015-01"_s, content);
    QVERIFY(id > 0);
    const QJsonObject error = failure(id);
    QCOMPARE(error.value(u"code"_s).toString(), u"meta_132015"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_harness->count(u"messages"_s, u"id = %1 AND status = 'failed'"_s.arg(id)), 1);
    QCOMPARE(m_harness->count(u"outbox"_s, u"message_id = %1 AND state = 'failed'"_s.arg(id)), 1);
    // Meta refused it at once: nothing was accepted.
    QVERIFY(m_harness->sandbox->sentMessages().isEmpty());
    // The refusal makes the server look at Meta's templates again.
    QTRY_COMPARE(m_harness->count(u"templates"_s, u"name = 'pedido_confirmado' AND status = 'PAUSED'"_s), 1);
}

void TestServerMetaErrors::numberNotOnWhatsApp()
{
    const qint64 conversation = openConversation(u"5511912340000"_s);
    QVERIFY(conversation > 0);
    const qint64 id
        = send(conversation, u"meta-131026-01"_s, {{u"kind"_s, u"text"_s}, {u"text"_s, u"Olá!"_s}});
    QVERIFY(id > 0);
    const QJsonObject error = failure(id);
    QCOMPARE(error.value(u"code"_s).toString(), u"meta_131026"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"not a WhatsApp phone number"_s));
    expectOneAttempt(id);
}

void TestServerMetaErrors::marketingStoppedAtMetaOnly()
{
    const qint64 conversation = openConversation(u"5511987654321"_s);
    QVERIFY(conversation > 0);
    // Meta knows; its user_preferences webhook has not reached the server.
    m_harness->sandbox->outbound().setMarketingStopped(u"5511987654321"_s, true);
    const QJsonObject content {{u"kind"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, u"novidades_semana"_s}, {u"language"_s, u"en_US"_s},
                {u"params"_s,
                    QJsonObject {{u"body"_s,
                        QJsonObject {{u"first_name"_s, u"João"_s}, {u"highlight"_s, u"linen shirts"_s}}}}}}}};
    const qint64 id = send(conversation, u"meta-131050-01"_s, content);
    QVERIFY(id > 0);
    const QJsonObject error = failure(id);
    QCOMPARE(error.value(u"code"_s).toString(), u"meta_131050"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"marketing"_s));
    expectOneAttempt(id);
}

QTEST_GUILESS_MAIN(TestServerMetaErrors)
#include "tst_servermetaerrors.moc"
