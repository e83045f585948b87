#include "core/phonenumber.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toE164_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("defaultCountry");
        QTest::addColumn<QString>("expected"); // empty = rejected
        QTest::newRow("already E.164") << u"+5511987654321"_s << QString() << u"+5511987654321"_s;
        QTest::newRow("spaces dashes parens") << u"+55 (11) 98765-4321"_s << QString() << u"+5511987654321"_s;
        QTest::newRow("dots") << u"+1.650.555.1234"_s << QString() << u"+16505551234"_s;
        QTest::newRow("leading 00") << u"0055 11 98765 4321"_s << QString() << u"+5511987654321"_s;
        QTest::newRow("wa_id digits only") << u"16505551234"_s << QString() << u"+16505551234"_s;
        QTest::newRow("national with default") << u"(11) 98765-4321"_s << u"55"_s << u"+5511987654321"_s;
        QTest::newRow("national with +default") << u"11 98765-4321"_s << u"+55"_s << u"+5511987654321"_s;
        QTest::newRow("trunk 0 dropped") << u"011 98765-4321"_s << u"55"_s << u"+5511987654321"_s;
        QTest::newRow("+ wins over default") << u"+1 650 555 1234"_s << u"55"_s << u"+16505551234"_s;
        QTest::newRow("00 wins over default") << u"001 650 555 1234"_s << u"55"_s << u"+16505551234"_s;
        QTest::newRow("non-breaking spaces")
            << u"+55\u00A011\u00A098765\u00A04321"_s << QString() << u"+5511987654321"_s;
        QTest::newRow("bidi marks from copy-paste")
            << u"\u202A+55 11 98765-4321\u202C"_s << QString() << u"+5511987654321"_s;
        QTest::newRow("exactly 8 digits") << u"+12345678"_s << QString() << u"+12345678"_s;
        QTest::newRow("exactly 15 digits") << u"+123456789012345"_s << QString() << u"+123456789012345"_s;
        QTest::newRow("7 digits") << u"+1234567"_s << QString() << QString();
        QTest::newRow("16 digits") << u"+1234567890123456"_s << QString() << QString();
        QTest::newRow("letters") << u"+55 11 9876A-4321"_s << QString() << QString();
        QTest::newRow("two plus signs") << u"++5511987654321"_s << QString() << QString();
        QTest::newRow("plus in the middle") << u"55+11987654321"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("only separators") << u" - ( ) "_s << u"55"_s << QString();
        QTest::newRow("country code 0 after +") << u"+0511987654321"_s << QString() << QString();
        QTest::newRow("bad default code") << u"11987654321"_s << u"5a"_s << QString();
        QTest::newRow("extension text") << u"+1 650 555 1234 ext 2"_s << QString() << QString();
    }

    void toE164()
    {
        QFETCH(QString, raw);
        QFETCH(QString, defaultCountry);
        QFETCH(QString, expected);
        const auto result = PhoneNumber::toE164(raw, defaultCountry);
        if (expected.isEmpty())
            QCOMPARE(result, std::nullopt);
        else
            QCOMPARE(result, std::optional(expected));
    }

    void waIdConversions()
    {
        QCOMPARE(PhoneNumber::waIdFromE164(u"+5511987654321"_s), u"5511987654321"_s);
        QCOMPARE(PhoneNumber::e164FromWaId(u"5511987654321"_s), u"+5511987654321"_s);
        QCOMPARE(PhoneNumber::e164FromWaId(u"123"_s), QString());
        QCOMPARE(PhoneNumber::e164FromWaId(u"abc12345678"_s), QString());
    }

    void countryCallingCode_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("code");
        QTest::newRow("Brazil") << u"+5511987654321"_s << u"55"_s;
        QTest::newRow("USA") << u"+16505551234"_s << u"1"_s;
        QTest::newRow("Russia") << u"+74951234567"_s << u"7"_s;
        QTest::newRow("UK") << u"+442079460958"_s << u"44"_s;
        QTest::newRow("India") << u"+919876543210"_s << u"91"_s;
        QTest::newRow("Portugal (3 digits)") << u"+351912345678"_s << u"351"_s;
        QTest::newRow("Ireland (3 digits)") << u"+353851234567"_s << u"353"_s;
        QTest::newRow("not E.164") << u"5511987654321"_s << QString();
    }

    void countryCallingCode()
    {
        QFETCH(QString, e164);
        QFETCH(QString, code);
        QCOMPARE(PhoneNumber::countryCallingCode(e164), code);
    }

    void display_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Brazil mobile") << u"+5511987654321"_s << u"+55 11 98765-4321"_s;
        QTest::newRow("Brazil landline") << u"+551134567890"_s << u"+55 11 3456-7890"_s;
        QTest::newRow("North America") << u"+16505551234"_s << u"+1 650 555 1234"_s;
        QTest::newRow("UK, last group of four") << u"+442079460958"_s << u"+44 207 946 0958"_s;
        QTest::newRow("Portugal") << u"+351912345678"_s << u"+351 912 345 678"_s;
        QTest::newRow("not E.164 unchanged") << u"hello"_s << u"hello"_s;
    }

    void display()
    {
        QFETCH(QString, e164);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumber::display(e164), shown);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
