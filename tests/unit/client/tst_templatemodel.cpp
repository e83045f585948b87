#include "client/templatemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

MessageTemplate tmpl(const QString& id, const QString& name, TemplateStatus status)
{
    MessageTemplate t;
    t.id = id;
    t.name = name;
    t.language = u"pt_BR"_s;
    t.category = MessageCategory::Utility;
    t.status = status;
    t.bodyText = u"Olá {{1}}, seu pedido {{2}} foi enviado."_s;
    return t;
}

} // namespace

class TestTemplateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryTemplateWithItsStatus()
    {
        TemplateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates({tmpl(u"1"_s, u"pedido_enviado"_s, TemplateStatus::Approved),
            tmpl(u"2"_s, u"promo"_s, TemplateStatus::Paused)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex approved = model.index(0);
        QCOMPARE(approved.data(TemplateModel::NameRole).toString(), u"pedido_enviado"_s);
        QCOMPARE(approved.data(TemplateModel::StatusRole).toString(), u"APPROVED"_s);
        QCOMPARE(approved.data(TemplateModel::CategoryRole).toString(), u"utility"_s);
        QVERIFY(approved.data(TemplateModel::SendableRole).toBool());
        QVERIFY(approved.data(TemplateModel::NotSendableReasonRole).toString().isEmpty());
        QVERIFY(approved.flags() & Qt::ItemIsEnabled);
        const QModelIndex paused = model.index(1);
        QVERIFY(!paused.data(TemplateModel::SendableRole).toBool());
        QVERIFY(!paused.data(TemplateModel::NotSendableReasonRole).toString().isEmpty());
        QVERIFY(!(paused.flags() & Qt::ItemIsEnabled)); // listed, but cannot be picked
        QCOMPARE(paused.data(TemplateModel::TemplateRole).value<MessageTemplate>(),
            tmpl(u"2"_s, u"promo"_s, TemplateStatus::Paused));
    }

    void aStatusChangeIsOneRowChangeNotAReset()
    {
        TemplateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates({tmpl(u"1"_s, u"a"_s, TemplateStatus::Approved),
            tmpl(u"2"_s, u"b"_s, TemplateStatus::Pending), tmpl(u"3"_s, u"c"_s, TemplateStatus::Approved)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setTemplates({tmpl(u"1"_s, u"a"_s, TemplateStatus::Approved),
            tmpl(u"2"_s, u"b"_s, TemplateStatus::Approved), tmpl(u"3"_s, u"c"_s, TemplateStatus::Approved)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(model.index(1).data(TemplateModel::SendableRole).toBool());
    }

    void newAndRemovedTemplatesAreRowInsertsAndRemovals()
    {
        TemplateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates(
            {tmpl(u"1"_s, u"a"_s, TemplateStatus::Approved), tmpl(u"2"_s, u"b"_s, TemplateStatus::Approved)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setTemplates(
            {tmpl(u"2"_s, u"b"_s, TemplateStatus::Approved), tmpl(u"4"_s, u"d"_s, TemplateStatus::Rejected)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(TemplateModel::IdRole).toString(), u"2"_s);
        QCOMPARE(model.index(1).data(TemplateModel::IdRole).toString(), u"4"_s);
    }

    void reorderedTemplatesAreMoves()
    {
        TemplateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto a = tmpl(u"1"_s, u"a"_s, TemplateStatus::Approved);
        const auto b = tmpl(u"2"_s, u"b"_s, TemplateStatus::Approved);
        const auto c = tmpl(u"3"_s, u"c"_s, TemplateStatus::Approved);
        model.setTemplates({a, b, c});
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.setTemplates({c, a, b});
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.index(0).data(TemplateModel::NameRole).toString(), u"c"_s);
        QCOMPARE(model.index(2).data(TemplateModel::NameRole).toString(), u"b"_s);
    }
};

QTEST_GUILESS_MAIN(TestTemplateModel)
#include "tst_templatemodel.moc"
