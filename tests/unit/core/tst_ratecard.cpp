#include "core/ratecard.h"

#include <QFile>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

QByteArray card(const QByteArray& markets)
{
    return R"({"currency":"USD","effective_from":"2026-10-01","source":"test","markets":)" + markets + "}";
}

} // namespace

class TestRateCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPricesAsIntegerMicros()
    {
        QString error;
        const auto rates = RateCard::fromJson(
            card(R"({"BR":{"marketing":0.0625,"utility":"0.0068","authentication":0.0068,"service":0},
                     "default":{"marketing":0.06}})"),
            &error);
        QVERIFY2(rates, qPrintable(error));
        QCOMPARE(rates->currency(), u"USD"_s);
        QCOMPARE(rates->effectiveFrom(), QDate(2026, 10, 1));
        QCOMPARE(rates->source(), u"test"_s);
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Marketing), std::optional<qint64>(62500));
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Utility), std::optional<qint64>(6800));
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Service), std::optional<qint64>(0));
        QCOMPARE(rates->markets().size(), 2);
    }

    void unknownMarketFallsBackToDefault()
    {
        const auto rates = RateCard::fromJson(
            card(R"({"BR":{"marketing":0.0625},"default":{"marketing":0.06,"utility":0.01}})"));
        QVERIFY(rates);
        QCOMPARE(rates->priceMicros(u"DE"_s, MessageCategory::Marketing), std::optional<qint64>(60000));
        // BR has no utility price: the default's applies.
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Utility), std::optional<qint64>(10000));
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Authentication), std::nullopt);
    }

    void noDefaultMeansNoPrice()
    {
        const auto rates = RateCard::fromJson(card(R"({"BR":{"marketing":0.0625}})"));
        QVERIFY(rates);
        QCOMPARE(rates->priceMicros(u"MX"_s, MessageCategory::Marketing), std::nullopt);
    }

    void priceByRecipientNumber()
    {
        const auto rates
            = RateCard::fromJson(card(R"({"BR":{"marketing":0.0625},"default":{"marketing":0.0604}})"));
        QVERIFY(rates);
        QCOMPARE(rates->priceMicrosForE164(u"+5511987654321"_s, MessageCategory::Marketing),
            std::optional<qint64>(62500));
        QCOMPARE(rates->priceMicrosForE164(u"+351912345678"_s, MessageCategory::Marketing),
            std::optional<qint64>(60400));
    }

    void rejectsBadCards_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{currency: USD");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no currency") << QByteArray(
            R"({"effective_from":"2026-10-01","markets":{"BR":{"marketing":1}}})");
        QTest::newRow("lowercase currency") << QByteArray(
            R"({"currency":"usd","effective_from":"2026-10-01","markets":{"BR":{"marketing":1}}})");
        QTest::newRow("bad date") << QByteArray(
            R"({"currency":"USD","effective_from":"01/10/2026","markets":{"BR":{"marketing":1}}})");
        QTest::newRow("no markets") << QByteArray(R"({"currency":"USD","effective_from":"2026-10-01"})");
        QTest::newRow("empty markets") << card("{}");
        QTest::newRow("market not an object") << card(R"({"BR":0.06})");
        QTest::newRow("unknown category") << card(R"({"BR":{"promo":0.06}})");
        QTest::newRow("negative price") << card(R"({"BR":{"marketing":-0.06}})");
        QTest::newRow("negative string price") << card(R"({"BR":{"marketing":"-0.06"}})");
        QTest::newRow("seven decimals") << card(R"({"BR":{"marketing":"0.0000001"}})");
        QTest::newRow("seven decimals as number") << card(R"({"BR":{"marketing":0.0000001}})");
        QTest::newRow("text price") << card(R"({"BR":{"marketing":"cheap"}})");
        QTest::newRow("bool price") << card(R"({"BR":{"marketing":true}})");
    }

    void rejectsBadCards()
    {
        QFETCH(QByteArray, json);
        QString error;
        QCOMPARE(RateCard::fromJson(json, &error).has_value(), false);
        QVERIFY(error.startsWith(u"rate card: "_s));
    }

    void parseMicros_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros"); // -1 = rejected
        QTest::newRow("0.0625") << u"0.0625"_s << qint64(62500);
        QTest::newRow("six decimals") << u"0.000001"_s << qint64(1);
        QTest::newRow("whole") << u"2"_s << qint64(2000000);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("spaces") << u" 1.5 "_s << qint64(1500000);
        QTest::newRow("seven decimals") << u"0.0000001"_s << qint64(-1);
        QTest::newRow("comma") << u"0,06"_s << qint64(-1);
        QTest::newRow("negative") << u"-1"_s << qint64(-1);
        QTest::newRow("trailing dot") << u"1."_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void parseMicros()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const auto parsed = RateCard::parseMicros(text);
        if (micros < 0)
            QCOMPARE(parsed, std::nullopt);
        else
            QCOMPARE(parsed, std::optional(micros));
    }

    void sumsDoNotDrift()
    {
        const auto rates = RateCard::fromJson(card(R"({"BR":{"utility":0.0068}})"));
        QVERIFY(rates);
        qint64 total = 0;
        for (int i = 0; i < 1000; ++i)
            total += *rates->priceMicros(u"BR"_s, MessageCategory::Utility);
        QCOMPARE(total, qint64(6800000));
        QCOMPARE(RateCard::formatMicros(total, u"USD"_s), u"USD 6.80"_s);
    }

    void formatMicros_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("marketing BR") << qint64(62500) << u"USD"_s << u"USD 0.0625"_s;
        QTest::newRow("utility BR") << qint64(6800) << u"USD"_s << u"USD 0.0068"_s;
        QTest::newRow("one unit") << qint64(1000000) << u"USD"_s << u"USD 1.00"_s;
        QTest::newRow("zero") << qint64(0) << u"BRL"_s << u"BRL 0.00"_s;
        QTest::newRow("one micro") << qint64(1) << u"USD"_s << u"USD 0.000001"_s;
        QTest::newRow("large") << qint64(1234567890) << u"USD"_s << u"USD 1234.56789"_s;
        QTest::newRow("negative") << qint64(-62500) << u"USD"_s << u"USD -0.0625"_s;
        QTest::newRow("no currency") << qint64(1500000) << QString() << u"1.50"_s;
    }

    void formatMicros()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(RateCard::formatMicros(micros, currency), text);
    }

    void marketForE164_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("market");
        QTest::newRow("BR") << u"+5511987654321"_s << u"BR"_s;
        QTest::newRow("US") << u"+16505551234"_s << u"NORTH_AMERICA"_s;
        QTest::newRow("CA") << u"+14165551234"_s << u"NORTH_AMERICA"_s;
        QTest::newRow("MX") << u"+525512345678"_s << u"MX"_s;
        QTest::newRow("ES") << u"+34612345678"_s << u"ES"_s;
        QTest::newRow("AR") << u"+5491123456789"_s << u"AR"_s;
        QTest::newRow("CO") << u"+573001234567"_s << u"CO"_s;
        QTest::newRow("CL") << u"+56912345678"_s << u"CL"_s;
        QTest::newRow("PE") << u"+51912345678"_s << u"PE"_s;
        QTest::newRow("UK") << u"+447911123456"_s << u"UK"_s;
        QTest::newRow("DE") << u"+4915123456789"_s << u"DE"_s;
        QTest::newRow("IN") << u"+919876543210"_s << u"IN"_s;
        QTest::newRow("PT is OTHER") << u"+351912345678"_s << u"OTHER"_s;
        QTest::newRow("invalid is OTHER") << u"hello"_s << u"OTHER"_s;
    }

    void marketForE164()
    {
        QFETCH(QString, e164);
        QFETCH(QString, market);
        QCOMPARE(RateCard::marketForE164(e164), market);
    }

    void shippedExampleCardParses()
    {
        QFile file(
            qEnvironmentVariable("ATENDO_SOURCE_DIR") + u"/resources/ratecard/ratecard.example.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QString error;
        const auto rates = RateCard::fromJson(file.readAll(), &error);
        QVERIFY2(rates, qPrintable(error));
        QCOMPARE(rates->currency(), u"USD"_s);
        QVERIFY(rates->source().contains(u"verify against Meta's current card"_s));
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Marketing), std::optional<qint64>(62500));
        QCOMPARE(rates->priceMicros(u"BR"_s, MessageCategory::Service), std::optional<qint64>(0));
        // Every market the phone table knows has prices, and so does the fallback.
        for (const auto& e164 :
            {u"+5511987654321"_s, u"+16505551234"_s, u"+525512345678"_s, u"+34612345678"_s,
                u"+5491123456789"_s, u"+573001234567"_s, u"+56912345678"_s, u"+51912345678"_s,
                u"+447911123456"_s, u"+4915123456789"_s, u"+919876543210"_s, u"+351912345678"_s}) {
            const QString market = RateCard::marketForE164(e164);
            QVERIFY2(rates->markets().contains(market) || market == u"OTHER"_s, qPrintable(market));
            QVERIFY(rates->priceMicrosForE164(e164, MessageCategory::Marketing).has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestRateCard)
#include "tst_ratecard.moc"
