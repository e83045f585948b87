#include "consoleclient.h"
#include "core/ratecard.h"
#include "serverharness.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Atendo;
using namespace Atendo::Test;
using namespace Qt::StringLiterals;

// Consoles estimate prices from the card the server bills with: it comes in
// the login and resume replies, with a version that changes with any price,
// and is null when the server has no usable card.
class TestServerRateCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginAndResumeCarryTheServersCard();
    void anotherPriceIsAnotherVersion();
    void noCardOrABrokenOneIsNull_data();
    void noCardOrABrokenOneIsNull();

private:
    // Starts a server with this card file ("" for none) and logs maria in.
    QJsonObject loginWith(const QString& cardPath);

    std::unique_ptr<ServerHarness> m_harness;
    std::unique_ptr<ConsoleClient> m_maria;
};

QJsonObject TestServerRateCard::loginWith(const QString& cardPath)
{
    m_maria.reset();
    m_harness = std::make_unique<ServerHarness>();
    m_harness->config.rateCardPath = cardPath;
    if (!m_harness->start() || m_harness->addAgent(u"maria"_s, u"s3cret-maria"_s) <= 0)
        return {};
    m_maria = std::make_unique<ConsoleClient>();
    if (!m_maria->open(m_harness->consoleUrl()))
        return {};
    return m_maria
        ->call(
            u"login"_s, {{u"username"_s, u"maria"_s}, {u"password"_s, u"s3cret-maria"_s}, {u"protocol"_s, 1}})
        .value(u"ok"_s)
        .toObject();
}

void TestServerRateCard::loginAndResumeCarryTheServersCard()
{
    const QString example
        = QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s;
    const QJsonObject ok = loginWith(example);
    QVERIFY(!ok.isEmpty());
    const QJsonObject card = ok.value(u"rate_card"_s).toObject();
    QCOMPARE(card.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(card.value(u"effective_from"_s).toString(), u"2026-10-01"_s);
    const QString version = card.value(u"version"_s).toString();
    QVERIFY2(QRegularExpression(u"\\A[0-9a-f]{12}\\z"_s).match(version).hasMatch(), qPrintable(version));
    // What the console parses is what the server bills with.
    const auto parsed = RateCard::fromJson(QJsonDocument(card).toJson());
    QVERIFY(parsed);
    QCOMPARE(parsed->priceMicrosForE164(u"+5511912345678"_s, MessageCategory::Marketing), 62500);
    QCOMPARE(parsed->priceMicrosForE164(u"+4915112345678"_s, MessageCategory::Utility), 55000);

    // A reconnecting console gets the same card again.
    ConsoleClient second;
    QVERIFY(second.open(m_harness->consoleUrl()) && second.login(u"maria"_s, u"s3cret-maria"_s));
    second.abort();
    ConsoleClient third;
    QVERIFY(third.open(m_harness->consoleUrl()));
    const QJsonObject resumed
        = third.call(u"resume"_s, {{u"token"_s, second.token()}, {u"last_seq"_s, 0}, {u"protocol"_s, 1}});
    QCOMPARE(resumed.value(u"ok"_s).toObject().value(u"rate_card"_s).toObject(), card);
}

void TestServerRateCard::anotherPriceIsAnotherVersion()
{
    const QString example
        = QStringLiteral(ATENDO_SOURCE_DIR) + u"/resources/ratecard/ratecard.example.json"_s;
    const QString first = loginWith(example).value(u"rate_card"_s).toObject().value(u"version"_s).toString();
    QVERIFY(!first.isEmpty());

    QFile source(example);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject edited = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject markets = edited.value(u"markets"_s).toObject();
    QJsonObject brazil = markets.value(u"BR"_s).toObject();
    brazil.insert(u"utility"_s, u"0.0111"_s);
    markets.insert(u"BR"_s, brazil);
    edited.insert(u"markets"_s, markets);
    QTemporaryDir dir;
    QFile changed(dir.filePath(u"card.json"_s));
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(QJsonDocument(edited).toJson());
    changed.close();

    const QJsonObject card = loginWith(changed.fileName()).value(u"rate_card"_s).toObject();
    QVERIFY(!card.value(u"version"_s).toString().isEmpty());
    QVERIFY(card.value(u"version"_s).toString() != first);
    QCOMPARE(card.value(u"effective_from"_s).toString(), u"2026-10-01"_s); // same date, other prices
    QCOMPARE(RateCard::fromJson(QJsonDocument(card).toJson())
                 ->priceMicrosForE164(u"+5511912345678"_s, MessageCategory::Utility),
        11100);
}

void TestServerRateCard::noCardOrABrokenOneIsNull_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("none configured") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"currency\": ");
    QTest::newRow("negative price") << QByteArray(
        R"({"currency":"USD","effective_from":"2026-10-01","markets":{"BR":{"utility":-1}}})");
    QTest::newRow("no markets") << QByteArray(R"({"currency":"USD","effective_from":"2026-10-01"})");
}

void TestServerRateCard::noCardOrABrokenOneIsNull()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QString path;
    if (!content.isEmpty()) {
        path = dir.filePath(u"card.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QJsonObject ok = loginWith(path);
    QVERIFY(!ok.isEmpty());
    QVERIFY(ok.contains(u"rate_card"_s));
    QVERIFY(ok.value(u"rate_card"_s).isNull());
}

QTEST_GUILESS_MAIN(TestServerRateCard)
#include "tst_serverratecard.moc"
