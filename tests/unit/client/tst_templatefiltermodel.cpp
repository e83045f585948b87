#include "client/templatefiltermodel.h"
#include "client/templatemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

MessageTemplate tmpl(const QString& name, const QString& language, MessageCategory category,
    TemplateStatus status, const QString& body)
{
    MessageTemplate t;
    t.id = name + language;
    t.name = name;
    t.language = language;
    t.category = category;
    t.status = status;
    t.bodyText = body;
    return t;
}

} // namespace

class TestTemplateFilterModel : public QObject
{
    Q_OBJECT

private:
    TemplateModel m_source;
    TemplateFilterModel m_proxy;

    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            result.append(m_proxy.index(row, 0).data(Qt::DisplayRole).toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source.setTemplates({
            tmpl(u"promo_natal"_s, u"pt_BR"_s, MessageCategory::Marketing, TemplateStatus::Paused,
                u"Promoção de Natal: {{1}}% de desconto"_s),
            tmpl(u"pedido_enviado"_s, u"pt_BR"_s, MessageCategory::Utility, TemplateStatus::Approved,
                u"Olá {{1}}, seu pedido {{2}} foi enviado."_s),
            tmpl(u"pedido_enviado"_s, u"en_US"_s, MessageCategory::Utility, TemplateStatus::Approved,
                u"Hi {{1}}, your order {{2}} has shipped."_s),
            tmpl(u"codigo"_s, u"pt_BR"_s, MessageCategory::Authentication, TemplateStatus::Rejected,
                u"Seu código é {{1}}"_s),
        });
        m_proxy.setSourceModel(&m_source);
    }

    void init() { m_proxy.setSearchText(QString()); }

    void sendableFirstThenByName()
    {
        QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(),
            (QStringList {u"pedido_enviado (en_US)"_s, u"pedido_enviado (pt_BR)"_s, u"codigo (pt_BR)"_s,
                u"promo_natal (pt_BR)"_s}));
    }

    void searchesNameBodyLanguageAndCategory_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << u"pedido"_s
                              << QStringList {u"pedido_enviado (en_US)"_s, u"pedido_enviado (pt_BR)"_s};
        QTest::newRow("body without accents") << u"promocao"_s << QStringList {u"promo_natal (pt_BR)"_s};
        QTest::newRow("language") << u"en_us"_s << QStringList {u"pedido_enviado (en_US)"_s};
        QTest::newRow("category") << u"marketing"_s << QStringList {u"promo_natal (pt_BR)"_s};
        QTest::newRow("every word must match")
            << u"pedido en_US"_s << QStringList {u"pedido_enviado (en_US)"_s};
        QTest::newRow("nothing") << u"boleto"_s << QStringList {};
    }
    void searchesNameBodyLanguageAndCategory()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        m_proxy.setSearchText(search);
        QCOMPARE(names(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTemplateFilterModel)
#include "tst_templatefiltermodel.moc"
