#include "console/composer.h"
#include "console/contactpanel.h"
#include "console/windowbanner.h"
#include "core/clock.h"

#include <QFile>
#include <QLabel>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Atendo;

class TestTranslations : public QObject
{
    Q_OBJECT

    const QDateTime m_expiry {QDate(2026, 11, 25), QTime(17, 0), Qt::UTC};

    QString bannerIn(const QString& language)
    {
        QTranslator translator;
        if (!translator.load(QStringLiteral(ATENDO_QM_DIR "/atendo_%1.qm").arg(language)))
            return QStringLiteral("<no qm>");
        QCoreApplication::installTranslator(&translator);
        TestClock clock(m_expiry.addSecs(-(3 * 3600 + 12 * 60)));
        WindowBanner banner;
        banner.setClock(&clock);
        banner.setWindowExpiry(m_expiry);
        const QString text = banner.text();
        QCoreApplication::removeTranslator(&translator);
        return text;
    }

private Q_SLOTS:
    void brazilianPortugueseIsUsedAtRuntime()
    {
        QCOMPARE(bannerIn(QStringLiteral("pt_BR")),
            QStringLiteral("Você pode responder livremente por mais 3 h 12 min"));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(ATENDO_QM_DIR "/atendo_pt_BR.qm")));
        QCoreApplication::installTranslator(&translator);
        TestClock clock(m_expiry);
        Composer composer;
        composer.setClock(&clock);
        composer.setConversation(1, m_expiry, false);
        QVERIFY2(composer.lockReason().startsWith(QStringLiteral("Texto livre bloqueado")),
            qPrintable(composer.lockReason()));
        ContactPanel panel; // a Designer form: its strings use the form's context
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("nonContactableBadge"))->text(),
            QStringLiteral("NÃO CONTATÁVEL"));
        QCoreApplication::removeTranslator(&translator);
    }

    void spanishIsUsedAtRuntime()
    {
        QCOMPARE(
            bannerIn(QStringLiteral("es")), QStringLiteral("Puedes responder libremente durante 3 h 12 min"));
    }

    void everyTranslationFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyTranslationFileIsComplete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(ATENDO_SOURCE_DIR "/translations/atendo_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1StringView("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1StringView("translation")) {
                const bool open
                    = xml.attributes().value(QLatin1StringView("type")) == QLatin1StringView("unfinished");
                if (open)
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 250);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String(" | "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
