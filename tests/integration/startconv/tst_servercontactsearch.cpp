#include "consoleclient.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// contacts.search finds the customers an agent may start a conversation with,
// including those who never wrote (the conversation search cannot see them),
// with their consent, page by page; bad input changes nothing and says why.
class TestServerContactSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsContactsWithoutConversation();
    void findsByNumberDigitsAndNameCase();
    void optedOutContactIsListedAsOptedOut();
    void pagesCoverEveryMatchOnce();
    void wildcardsAreLiteral();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void needsLogin();

private:
    qint64 optIn(const QString& phone, const QString& name);
    QJsonObject search(const QJsonObject& args);
    static QStringList names(const QJsonObject& ok);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
};

void TestServerContactSearch::init()
{
    m_harness = std::make_unique<ServerHarness>();
    QVERIFY(m_harness->start());
    QVERIFY(m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) > 0);
    m_maria = std::make_unique<ConsoleClient>();
    QVERIFY(m_maria->open(m_harness->consoleUrl()) && m_maria->login(u"maria"_s, u"s3cret-maria"_s));
}

void TestServerContactSearch::cleanup()
{
    m_maria.reset();
    m_harness.reset();
}

qint64 TestServerContactSearch::optIn(const QString& phone, const QString& name)
{
    const QJsonObject body {{u"phone"_s, phone}, {u"name"_s, name}, {u"source"_s, u"web_form"_s},
        {u"evidence"_s, u"Newsletter form, box ticked"_s}};
    const auto result = m_harness->post(m_harness->httpUrl(u"/api/v1/optins"_s), QJsonDocument(body).toJson(),
        {{"Authorization"_ba, "Bearer test-optin-key"_ba}});
    if (result.status != 201)
        qWarning() << "opt-in failed" << result.status << result.body;
    return QJsonDocument::fromJson(result.body).object().value(u"contact_id"_s).toInteger();
}

QJsonObject TestServerContactSearch::search(const QJsonObject& args)
{
    return m_maria->call(u"contacts.search"_s, args);
}

QStringList TestServerContactSearch::names(const QJsonObject& ok)
{
    QStringList result;
    for (const QJsonValue& item : ok.value(u"items"_s).toArray())
        result << item.toObject().value(u"contact"_s).toObject().value(u"name"_s).toString();
    return result;
}

void TestServerContactSearch::findsContactsWithoutConversation()
{
    const qint64 ana = optIn(u"+5511912345678"_s, u"Ana Pereira"_s);
    QVERIFY(ana > 0);
    m_harness->customerSays(u"5511987654321"_s, u"Oi, tudo bem?"_s, u"João Pereira"_s);
    const qint64 joao = m_maria->conversationIdFor(u"+5511987654321"_s);
    QVERIFY(joao > 0);

    // The conversation search sees only João: Ana never wrote.
    const QJsonObject old = m_maria->call(u"search"_s, {{u"query"_s, u"pereira"_s}});
    QCOMPARE(old.value(u"ok"_s).toObject().value(u"items"_s).toArray().size(), 1);

    const QJsonObject ok = search({{u"query"_s, u"pereira"_s}}).value(u"ok"_s).toObject();
    QCOMPARE(names(ok), (QStringList {u"Ana Pereira"_s, u"João Pereira"_s}));
    const QJsonArray items = ok.value(u"items"_s).toArray();
    const QJsonObject anaItem = items.at(0).toObject();
    QCOMPARE(anaItem.value(u"contact"_s).toObject().value(u"id"_s).toInteger(), ana);
    QCOMPARE(anaItem.value(u"contact"_s).toObject().value(u"consent_state"_s).toString(), u"opted_in"_s);
    QVERIFY(anaItem.value(u"conversation_id"_s).isNull());
    const QJsonObject joaoItem = items.at(1).toObject();
    QCOMPARE(joaoItem.value(u"contact"_s).toObject().value(u"consent_state"_s).toString(), u"unknown"_s);
    QCOMPARE(joaoItem.value(u"conversation_id"_s).toInteger(), joao);
    QVERIFY(ok.value(u"next"_s).isNull());
    // Lists leave the consent history out, as every other list does.
    QVERIFY(!anaItem.value(u"contact"_s).toObject().contains(u"consent_history"_s));
}

void TestServerContactSearch::findsByNumberDigitsAndNameCase()
{
    QVERIFY(optIn(u"+5511912345678"_s, u"Ana Pereira"_s) > 0);
    QVERIFY(optIn(u"+5521998887777"_s, u"Bruno Lima"_s) > 0);
    QCOMPARE(names(search({{u"query"_s, u"+55 (11) 91234"_s}}).value(u"ok"_s).toObject()),
        QStringList {u"Ana Pereira"_s});
    QCOMPARE(
        names(search({{u"query"_s, u"98887"_s}}).value(u"ok"_s).toObject()), QStringList {u"Bruno Lima"_s});
    QCOMPARE(
        names(search({{u"query"_s, u"BRUNO"_s}}).value(u"ok"_s).toObject()), QStringList {u"Bruno Lima"_s});
    QCOMPARE(
        names(search({{u"query"_s, u"  lima "_s}}).value(u"ok"_s).toObject()), QStringList {u"Bruno Lima"_s});
    // "55" is in both numbers: both come, by name.
    QCOMPARE(names(search({{u"query"_s, u"55"_s}}).value(u"ok"_s).toObject()),
        (QStringList {u"Ana Pereira"_s, u"Bruno Lima"_s}));
    // A name with a single digit is not a number search.
    QVERIFY(names(search({{u"query"_s, u"Ana 5"_s}}).value(u"ok"_s).toObject()).isEmpty());
    QVERIFY(names(search({{u"query"_s, u"Carla"_s}}).value(u"ok"_s).toObject()).isEmpty());
}

void TestServerContactSearch::optedOutContactIsListedAsOptedOut()
{
    const qint64 ana = optIn(u"+5511912345678"_s, u"Ana Pereira"_s);
    const QJsonObject out = m_maria->call(
        u"contact.opt_out"_s, {{u"contact_id"_s, ana}, {u"evidence"_s, u"Asked by phone to stop"_s}});
    QVERIFY2(out.contains(u"ok"_s), QJsonDocument(out).toJson().constData());
    const QJsonArray items
        = search({{u"query"_s, u"ana"_s}}).value(u"ok"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"contact"_s).toObject().value(u"consent_state"_s).toString(),
        u"opted_out"_s);
}

void TestServerContactSearch::pagesCoverEveryMatchOnce()
{
    for (int i = 1; i <= 5; ++i)
        QVERIFY(optIn(u"+55119000000%1"_s.arg(i, 2, 10, QChar(u'0')), u"Cliente %1"_s.arg(i)) > 0);
    QStringList seen;
    QJsonValue offset = 0;
    QList<qint64> nexts;
    while (!offset.isNull()) {
        const QJsonObject reply
            = search({{u"query"_s, u"cliente"_s}, {u"limit"_s, 2}, {u"offset"_s, offset}});
        const QJsonObject ok = reply.value(u"ok"_s).toObject();
        QVERIFY2(!ok.isEmpty(), QJsonDocument(reply).toJson().constData());
        QVERIFY(ok.value(u"items"_s).toArray().size() <= 2);
        seen << names(ok);
        offset = ok.value(u"next"_s);
        if (!offset.isNull())
            nexts << offset.toInteger();
        QVERIFY(seen.size() <= 5);
    }
    QCOMPARE(nexts, (QList<qint64> {2, 4}));
    QCOMPARE(
        seen, (QStringList {u"Cliente 1"_s, u"Cliente 2"_s, u"Cliente 3"_s, u"Cliente 4"_s, u"Cliente 5"_s}));
    // Exactly a page's worth left: the last page says there is no other.
    const QJsonObject last = search({{u"query"_s, u"cliente"_s}, {u"limit"_s, 5}}).value(u"ok"_s).toObject();
    QCOMPARE(names(last).size(), 5);
    QVERIFY(last.value(u"next"_s).isNull());
    const QJsonObject beyond
        = search({{u"query"_s, u"cliente"_s}, {u"offset"_s, 5}}).value(u"ok"_s).toObject();
    QVERIFY(names(beyond).isEmpty());
    QVERIFY(beyond.value(u"next"_s).isNull());
}

void TestServerContactSearch::wildcardsAreLiteral()
{
    QVERIFY(optIn(u"+5511912345678"_s, u"Ana Pereira"_s) > 0);
    QVERIFY(names(search({{u"query"_s, u"%%"_s}}).value(u"ok"_s).toObject()).isEmpty());
    QVERIFY(names(search({{u"query"_s, u"A_a"_s}}).value(u"ok"_s).toObject()).isEmpty());
}

void TestServerContactSearch::badInputIsRefused_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("field");
    QTest::newRow("no query") << QJsonObject {} << u"query"_s;
    QTest::newRow("one character") << QJsonObject {{u"query"_s, u"a"_s}} << u"query"_s;
    QTest::newRow("blank") << QJsonObject {{u"query"_s, u"    "_s}} << u"query"_s;
    QTest::newRow("number") << QJsonObject {{u"query"_s, 42}} << u"query"_s;
    QTest::newRow("too long") << QJsonObject {{u"query"_s, QString(201, u'a')}} << u"query"_s;
    QTest::newRow("limit 0") << QJsonObject {{u"query"_s, u"ana"_s}, {u"limit"_s, 0}} << u"limit"_s;
    QTest::newRow("limit 101") << QJsonObject {{u"query"_s, u"ana"_s}, {u"limit"_s, 101}} << u"limit"_s;
    QTest::newRow("negative offset") << QJsonObject {{u"query"_s, u"ana"_s}, {u"offset"_s, -1}}
                                     << u"offset"_s;
    QTest::newRow("offset too far") << QJsonObject {{u"query"_s, u"ana"_s}, {u"offset"_s, 10001}}
                                    << u"offset"_s;
    QTest::newRow("offset text") << QJsonObject {{u"query"_s, u"ana"_s}, {u"offset"_s, u"2"_s}}
                                 << u"offset"_s;
}

void TestServerContactSearch::badInputIsRefused()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, field);
    const QJsonObject reply = search(args);
    const QJsonObject err = reply.value(u"err"_s).toObject();
    QCOMPARE(err.value(u"code"_s).toString(), u"bad_request"_s);
    QCOMPARE(err.value(u"details"_s).toObject().value(u"field"_s).toString(), field);
    // The connection survives a bad request.
    QVERIFY(search({{u"query"_s, u"ana"_s}}).contains(u"ok"_s));
}

void TestServerContactSearch::needsLogin()
{
    ConsoleClient stranger;
    QVERIFY(stranger.open(m_harness->consoleUrl()));
    const QJsonObject reply = stranger.call(u"contacts.search"_s, {{u"query"_s, u"ana"_s}});
    QCOMPARE(reply.value(u"err"_s).toObject().value(u"code"_s).toString(), u"unauthenticated"_s);
}

QTEST_GUILESS_MAIN(TestServerContactSearch)
#include "tst_servercontactsearch.moc"
