#include "core/templatevalidator.h"
#include "templatefixtures.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

TemplateParameters validOrder()
{
    TemplateParameters params;
    params.header.insert(u"media"_s, u"https://cdn.example/receipt.jpg"_s);
    params.body = {{u"1"_s, u"Jessica"_s}, {u"2"_s, u"ORDER-42"_s}, {u"3"_s, u"$100.99"_s}};
    params.buttons.insert(1, u"ORDER-42"_s);
    return params;
}

TemplateParameters validSale()
{
    TemplateParameters params;
    params.header.insert(u"first_name"_s, u"Maria"_s);
    params.body = {{u"first_name"_s, u"Maria"_s}, {u"end_date"_s, u"31/12"_s}, {u"discount"_s, u"10%"_s}};
    params.buttons.insert(0, u"VERAO10"_s);
    return params;
}

} // namespace

class TestTemplateValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validParametersPass()
    {
        QVERIFY(TemplateValidator::validate(Fixtures::parsed(Fixtures::OrderConfirmationJson), validOrder())
                    .isEmpty());
        QVERIFY(
            TemplateValidator::validate(Fixtures::parsed(Fixtures::SummerSaleJson), validSale()).isEmpty());
        QVERIFY(TemplateValidator::validate(Fixtures::parsed(Fixtures::StaticNoticeJson), {}).isEmpty());
    }

    void optionalQuickReplyPayloadMayBeGivenOrNot()
    {
        const MessageTemplate tmpl = Fixtures::parsed(Fixtures::OrderConfirmationJson);
        TemplateParameters params = validOrder();
        params.buttons.insert(0, u"STOP_PROMO"_s);
        QVERIFY(TemplateValidator::validate(tmpl, params).isEmpty());
        params.buttons.insert(0, u"  "_s);
        QVERIFY(TemplateValidator::validate(tmpl, params).isEmpty());
    }

    void bodyValueRules_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("reason"); // -1 = valid
        const auto r = [](TemplateParamErrorReason reason) { return int(reason); };
        QTest::newRow("plain") << u"Jessica"_s << -1;
        QTest::newRow("surrounding spaces trimmed") << u"  Jessica  "_s << -1;
        QTest::newRow("trailing newline trimmed") << u"Jessica\n"_s << -1;
        QTest::newRow("empty") << QString() << r(TemplateParamErrorReason::Empty);
        QTest::newRow("blank") << u"   "_s << r(TemplateParamErrorReason::Empty);
        QTest::newRow("newline") << u"Jess\nica"_s << r(TemplateParamErrorReason::Newline);
        QTest::newRow("carriage return") << u"Jess\r\nica"_s << r(TemplateParamErrorReason::Newline);
        QTest::newRow("tab") << u"Jess\tica"_s << r(TemplateParamErrorReason::Tab);
        QTest::newRow("four spaces ok") << u"a    b"_s << -1;
        QTest::newRow("five spaces") << u"a     b"_s << r(TemplateParamErrorReason::TooManySpaces);
        QTest::newRow("1024 chars ok") << QString(1024, u'x') << -1;
        QTest::newRow("1025 chars") << QString(1025, u'x') << r(TemplateParamErrorReason::TooLong);
        QTest::newRow("emoji count as one character") << QString(1024, u'x').replace(0, 2, u"😀"_s) << -1;
    }

    void bodyValueRules()
    {
        QFETCH(QString, value);
        QFETCH(int, reason);
        TemplateParameters params = validOrder();
        params.body.insert(u"2"_s, value);
        const auto errors
            = TemplateValidator::validate(Fixtures::parsed(Fixtures::OrderConfirmationJson), params);
        if (reason < 0) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].component, TemplateComponent::Body);
        QCOMPARE(errors[0].key, u"2"_s);
        QCOMPARE(int(errors[0].reason), reason);
        QVERIFY(errors[0].message.contains(u"{{2}}"_s));
    }

    void headerTextLimitIs60()
    {
        const MessageTemplate tmpl = Fixtures::parsed(Fixtures::SummerSaleJson);
        TemplateParameters params = validSale();
        params.header.insert(u"first_name"_s, QString(60, u'x'));
        QVERIFY(TemplateValidator::validate(tmpl, params).isEmpty());
        params.header.insert(u"first_name"_s, QString(61, u'x'));
        const auto errors = TemplateValidator::validate(tmpl, params);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].component, TemplateComponent::Header);
        QCOMPARE(errors[0].reason, TemplateParamErrorReason::TooLong);
        QVERIFY(errors[0].message.contains(u"60"_s));
    }

    void missingAndUnknownKeys()
    {
        const MessageTemplate tmpl = Fixtures::parsed(Fixtures::SummerSaleJson);
        TemplateParameters params = validSale();
        params.body.remove(u"end_date"_s);
        params.body.insert(u"last_name"_s, u"Silva"_s);
        params.header.insert(u"media"_s, u"https://x.example/a.jpg"_s);
        params.buttons.insert(3, u"x"_s);
        const auto errors = TemplateValidator::validate(tmpl, params);
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors[0].reason, TemplateParamErrorReason::Missing);
        QCOMPARE(errors[0].key, u"end_date"_s);
        QCOMPARE(errors[1].reason, TemplateParamErrorReason::Unknown);
        QCOMPARE(errors[1].component, TemplateComponent::Header);
        QCOMPARE(errors[2].reason, TemplateParamErrorReason::Unknown);
        QCOMPARE(errors[2].key, u"last_name"_s);
        QCOMPARE(errors[3].reason, TemplateParamErrorReason::Unknown);
        QCOMPARE(errors[3].component, TemplateComponent::Button);
        QCOMPARE(errors[3].key, u"3"_s);
    }

    void positionalKeysAreNotNamedKeys()
    {
        // A named template filled positionally: every name missing, every number unknown.
        TemplateParameters params;
        params.body = {{u"1"_s, u"Maria"_s}};
        const auto errors = TemplateValidator::validate(Fixtures::parsed(Fixtures::SummerSaleJson), params);
        const auto count = [&errors](TemplateParamErrorReason reason) {
            return std::count_if(
                errors.cbegin(), errors.cend(), [reason](const auto& e) { return e.reason == reason; });
        };
        QCOMPARE(count(TemplateParamErrorReason::Missing), 5);
        QCOMPARE(count(TemplateParamErrorReason::Unknown), 1);
    }

    void emptyParametersForAFullTemplate()
    {
        const auto errors
            = TemplateValidator::validate(Fixtures::parsed(Fixtures::OrderConfirmationJson), {});
        QCOMPARE(errors.size(), 5); // media, three body values, the URL suffix
        for (const auto& error : errors)
            QCOMPARE(error.reason, TemplateParamErrorReason::Missing);
        QCOMPARE(errors.last().component, TemplateComponent::Button);
        QCOMPARE(errors.last().key, u"1"_s);
    }

    void mediaHeader_data()
    {
        QTest::addColumn<QString>("media");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << u"https://cdn.example/x.jpg"_s << true;
        QTest::newRow("http") << u"http://cdn.example/x.jpg"_s << true;
        QTest::newRow("upper-case scheme") << u"HTTPS://cdn.example/x.jpg"_s << true;
        QTest::newRow("media id") << u"1013859600285441"_s << true;
        QTest::newRow("ftp") << u"ftp://cdn.example/x.jpg"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("no scheme") << u"cdn.example/x.jpg"_s << false;
        QTest::newRow("no host") << u"https:///x.jpg"_s << false;
        QTest::newRow("space inside") << u"https://cdn.example/a b.jpg"_s << false;
        QTest::newRow("words") << u"my picture"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    }

    void mediaHeader()
    {
        QFETCH(QString, media);
        QFETCH(bool, valid);
        TemplateParameters params = validOrder();
        params.header.insert(u"media"_s, media);
        const auto errors
            = TemplateValidator::validate(Fixtures::parsed(Fixtures::OrderConfirmationJson), params);
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid)
            QCOMPARE(errors[0].reason, TemplateParamErrorReason::InvalidUrl);
    }

    void buttonParameters_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("value"); // "<absent>" = not given
        QTest::addColumn<int>("reason");
        const auto r = [](TemplateParamErrorReason reason) { return int(reason); };
        QTest::newRow("url suffix missing")
            << u"order"_s << 1 << u"<absent>"_s << r(TemplateParamErrorReason::Missing);
        QTest::newRow("url suffix blank") << u"order"_s << 1 << u" "_s << r(TemplateParamErrorReason::Empty);
        QTest::newRow("url suffix with newline")
            << u"order"_s << 1 << u"a\nb"_s << r(TemplateParamErrorReason::Newline);
        QTest::newRow("phone button takes nothing")
            << u"order"_s << 2 << u"x"_s << r(TemplateParamErrorReason::Unknown);
        QTest::newRow("coupon missing")
            << u"sale"_s << 0 << u"<absent>"_s << r(TemplateParamErrorReason::Missing);
        QTest::newRow("coupon 16 chars")
            << u"sale"_s << 0 << u"ABCDEFGHIJKLMNOP"_s << r(TemplateParamErrorReason::TooLong);
        QTest::newRow("otp missing") << u"otp"_s << 0 << u"<absent>"_s
                                     << r(TemplateParamErrorReason::Missing);
    }

    void buttonParameters()
    {
        QFETCH(QString, fixture);
        QFETCH(int, index);
        QFETCH(QString, value);
        QFETCH(int, reason);
        MessageTemplate tmpl;
        TemplateParameters params;
        if (fixture == u"order"_s) {
            tmpl = Fixtures::parsed(Fixtures::OrderConfirmationJson);
            params = validOrder();
        } else if (fixture == u"sale"_s) {
            tmpl = Fixtures::parsed(Fixtures::SummerSaleJson);
            params = validSale();
        } else {
            tmpl = Fixtures::parsed(Fixtures::LoginCodeJson);
            params.body.insert(u"1"_s, u"123456"_s);
        }
        if (value == u"<absent>"_s)
            params.buttons.remove(index);
        else
            params.buttons.insert(index, value);
        const auto errors = TemplateValidator::validate(tmpl, params);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].component, TemplateComponent::Button);
        QCOMPARE(errors[0].key, QString::number(index));
        QCOMPARE(int(errors[0].reason), reason);
    }

    void locationHeader_data()
    {
        QTest::addColumn<QString>("latitude");
        QTest::addColumn<QString>("longitude");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Sao Paulo") << u"-23.5505"_s << u"-46.6333"_s << true;
        QTest::newRow("edges") << u"90"_s << u"-180"_s << true;
        QTest::newRow("latitude 91") << u"91"_s << u"0"_s << false;
        QTest::newRow("longitude 181") << u"0"_s << u"181"_s << false;
        QTest::newRow("text") << u"north"_s << u"0"_s << false;
    }

    void locationHeader()
    {
        QFETCH(QString, latitude);
        QFETCH(QString, longitude);
        QFETCH(bool, valid);
        TemplateParameters params;
        params.header = {{u"latitude"_s, latitude}, {u"longitude"_s, longitude}};
        params.body.insert(u"1"_s, u"BR123"_s);
        const auto errors = TemplateValidator::validate(Fixtures::parsed(Fixtures::PickupJson), params);
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid)
            QCOMPARE(errors[0].reason, TemplateParamErrorReason::InvalidValue);
    }

    void reasonNames()
    {
        QCOMPARE(templateParamErrorReasonName(TemplateParamErrorReason::TooManySpaces), u"too_many_spaces"_s);
        QCOMPARE(templateParamErrorReasonName(TemplateParamErrorReason::InvalidUrl), u"invalid_url"_s);
        QCOMPARE(templateParamErrorReasonName(TemplateParamErrorReason::Missing), u"missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "tst_templatevalidator.moc"
