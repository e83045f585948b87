#include "core/messagecategory.h"

#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

class TestMessageCategory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<MessageCategory>("category");
        QTest::addColumn<QString>("name");
        QTest::newRow("service") << MessageCategory::Service << u"service"_s;
        QTest::newRow("marketing") << MessageCategory::Marketing << u"marketing"_s;
        QTest::newRow("utility") << MessageCategory::Utility << u"utility"_s;
        QTest::newRow("authentication") << MessageCategory::Authentication << u"authentication"_s;
    }

    void names()
    {
        QFETCH(MessageCategory, category);
        QFETCH(QString, name);
        QCOMPARE(messageCategoryName(category), name);
        QCOMPARE(messageCategoryFromName(name), std::optional(category));
        // Meta writes categories in upper case.
        QCOMPARE(messageCategoryFromName(name.toUpper()), std::optional(category));
    }

    void unknownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("meta's international variant") << u"authentication-international"_s;
        QTest::newRow("referral") << u"referral_conversion"_s;
        QTest::newRow("typo") << u"marketting"_s;
    }

    void unknownNames()
    {
        QFETCH(QString, name);
        QCOMPARE(messageCategoryFromName(name), std::nullopt);
    }

    void surroundingWhitespaceIsIgnored()
    {
        QCOMPARE(messageCategoryFromName(u" UTILITY\n"_s), std::optional(MessageCategory::Utility));
    }
};

QTEST_GUILESS_MAIN(TestMessageCategory)
#include "tst_messagecategory.moc"
