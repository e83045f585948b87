#include "core/contactkey.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestContactKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void from_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("waId");
        QTest::addColumn<QString>("key");
        QTest::newRow("user id wins") << u"BR.12345"_s << u"5511987654321"_s << u"bsuid:BR.12345"_s;
        QTest::newRow("user id without phone") << u"BR.12345"_s << QString() << u"bsuid:BR.12345"_s;
        QTest::newRow("wa id fallback") << QString() << u"5511987654321"_s << u"wa:5511987654321"_s;
        QTest::newRow("blank user id falls back") << u"  "_s << u"5511987654321"_s << u"wa:5511987654321"_s;
        QTest::newRow("plus dropped from wa id") << QString() << u"+5511987654321"_s << u"wa:5511987654321"_s;
        QTest::newRow("trimmed") << u" BR.1 "_s << QString() << u"bsuid:BR.1"_s;
        QTest::newRow("both empty") << QString() << QString() << QString();
    }

    void from()
    {
        QFETCH(QString, userId);
        QFETCH(QString, waId);
        QFETCH(QString, key);
        QCOMPARE(ContactKey::from(userId, waId), key);
    }

    void inspectKeys()
    {
        QVERIFY(ContactKey::isBsuid(u"bsuid:BR.1"_s));
        QVERIFY(!ContactKey::isWaId(u"bsuid:BR.1"_s));
        QVERIFY(ContactKey::isWaId(u"wa:5511987654321"_s));
        QCOMPARE(ContactKey::value(u"bsuid:BR.1"_s), u"BR.1"_s);
        QCOMPARE(ContactKey::value(u"wa:5511987654321"_s), u"5511987654321"_s);
        QVERIFY(!ContactKey::isBsuid(u"bsuid:"_s));
        QCOMPARE(ContactKey::value(u"5511987654321"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestContactKey)
#include "tst_contactkey.moc"
