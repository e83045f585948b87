#include "client/conversationmodel.h"
#include "console/messagedelegate.h"
#include "console/themecolors.h"

#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Atendo;

class TestMessageDelegate : public QObject
{
    Q_OBJECT

    const QDateTime m_day1 {QDate(2026, 11, 24), QTime(15, 0), Qt::UTC};

    static QStandardItem* message(const QString& direction, const QString& text, const QDateTime& at)
    {
        auto* item = new QStandardItem;
        item->setData(direction, ConversationModel::DirectionRole);
        item->setData(QStringLiteral("text"), ConversationModel::KindRole);
        item->setData(text, ConversationModel::TextRole);
        item->setData(at, ConversationModel::TimeRole);
        item->setData(direction == QStringLiteral("in") ? QStringLiteral("received") : QStringLiteral("read"),
            ConversationModel::StatusRole);
        item->setData(QStringLiteral("Ana Lima"), ConversationModel::AuthorNameRole);
        return item;
    }

    static QStyleOptionViewItem optionAt(int width)
    {
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, width, 10);
        option.font = QFont();
        option.palette = QPalette();
        return option;
    }

private Q_SLOTS:
    void sizeHintIsThePaintLayout()
    {
        QStandardItemModel model;
        model.appendRow(message(QStringLiteral("in"), QStringLiteral("Olá, meu pedido não chegou."), m_day1));
        auto* out = message(
            QStringLiteral("out"), QStringLiteral("Vou verificar agora mesmo."), m_day1.addSecs(60));
        out->setData(QStringLiteral("Olá, meu pedido não chegou."), ConversationModel::ReplyToTextRole);
        out->setData(QStringLiteral("👍"), ConversationModel::ReactionRole);
        model.appendRow(out);
        MessageDelegate delegate;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStyleOptionViewItem option = optionAt(500);
            const QModelIndex index = model.index(row, 0);
            const MessageLayout l = delegate.layout(option, index);
            QCOMPARE(delegate.sizeHint(option, index), l.size);
            option.rect.setSize(l.size);
            const QRect row0(QPoint(0, 0), l.size);
            QVERIFY(row0.contains(l.bubble));
            QVERIFY(l.bubble.contains(l.text));
            QVERIFY(l.bubble.contains(l.footer));
            // The painted bubble is where the layout says: its fill colour at its centre-left.
            QImage image(l.size, QImage::Format_ARGB32);
            image.fill(Qt::magenta);
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
            painter.end();
            const QColor fill = l.outgoing ? ThemeColors::outgoingBubble(option.palette)
                                           : ThemeColors::incomingBubble(option.palette);
            const QPoint probe(l.bubble.left() + 3, l.bubble.center().y());
            QCOMPARE(QColor(image.pixel(probe)), fill);
            QCOMPARE(QColor(image.pixel(l.bubble.left() - 3, l.bubble.center().y())), QColor(Qt::magenta));
        }
    }

    void incomingLeftOutgoingRightWithAgentName()
    {
        QStandardItemModel model;
        model.appendRow(message(QStringLiteral("in"), QStringLiteral("Oi"), m_day1));
        model.appendRow(message(QStringLiteral("out"), QStringLiteral("Olá!"), m_day1));
        MessageDelegate delegate;
        const auto in = delegate.layout(optionAt(600), model.index(0, 0));
        const auto out = delegate.layout(optionAt(600), model.index(1, 0));
        QVERIFY(in.bubble.left() < 20);
        QVERIFY(out.bubble.right() > 580);
        QVERIFY(in.authorText.isEmpty());
        QCOMPARE(out.authorText, QStringLiteral("Ana Lima"));
        QVERIFY(!out.ticks.isNull());
        QVERIFY(in.ticks.isNull());
    }

    void daySeparatorOnlyWhenTheDayChanges()
    {
        QStandardItemModel model;
        model.appendRow(message(QStringLiteral("in"), QStringLiteral("a"), m_day1));
        model.appendRow(message(QStringLiteral("in"), QStringLiteral("b"), m_day1.addSecs(60)));
        model.appendRow(message(QStringLiteral("in"), QStringLiteral("c"), m_day1.addDays(1)));
        MessageDelegate delegate;
        QVERIFY(!delegate.layout(optionAt(500), model.index(0, 0)).daySeparator.isNull());
        QVERIFY(delegate.layout(optionAt(500), model.index(1, 0)).daySeparator.isNull());
        QVERIFY(!delegate.layout(optionAt(500), model.index(2, 0)).daySeparator.isNull());
    }

    void longTextWrapsAndNarrowViewsGrowTaller()
    {
        QStandardItemModel model;
        model.appendRow(
            message(QStringLiteral("in"), QString(QStringLiteral("palavra ")).repeated(80), m_day1));
        MessageDelegate delegate;
        const auto wide = delegate.layout(optionAt(900), model.index(0, 0));
        const auto narrow = delegate.layout(optionAt(300), model.index(0, 0));
        QVERIFY(narrow.size.height() > wide.size.height());
        QVERIFY(narrow.bubble.width() <= 300);
    }

    void templatesNotesMediaAndLocations()
    {
        QStandardItemModel model;
        auto* tmpl = message(QStringLiteral("out"), QStringLiteral("Seu pedido saiu."), m_day1);
        tmpl->setData(QStringLiteral("template"), ConversationModel::KindRole);
        tmpl->setData(QStringLiteral("order_update"), ConversationModel::TemplateNameRole);
        model.appendRow(tmpl);
        auto* note = message(QStringLiteral("note"), QStringLiteral("Cliente VIP"), m_day1);
        model.appendRow(note);
        auto* doc = message(QStringLiteral("in"), QString(), m_day1);
        doc->setData(QStringLiteral("document"), ConversationModel::KindRole);
        doc->setData(QJsonObject {{QStringLiteral("filename"), QStringLiteral("nota.pdf")},
                         {QStringLiteral("size"), 123456}},
            ConversationModel::MediaRole);
        model.appendRow(doc);
        auto* loc = message(QStringLiteral("in"), QString(), m_day1);
        loc->setData(QStringLiteral("location"), ConversationModel::KindRole);
        loc->setData(QJsonObject {{QStringLiteral("latitude"), -23.55}, {QStringLiteral("longitude"), -46.63},
                         {QStringLiteral("name"), QStringLiteral("Loja Centro")}},
            ConversationModel::LocationRole);
        model.appendRow(loc);
        auto* failed = message(QStringLiteral("out"), QStringLiteral("x"), m_day1);
        failed->setData(QStringLiteral("failed"), ConversationModel::StatusRole);
        model.appendRow(failed);

        MessageDelegate delegate;
        const auto t = delegate.layout(optionAt(600), model.index(0, 0));
        QCOMPARE(t.badgeText, QStringLiteral("Template · order_update"));
        QVERIFY(t.bubble.contains(t.badge));
        const auto n = delegate.layout(optionAt(600), model.index(1, 0));
        QVERIFY(n.note);
        QVERIFY(n.authorText.startsWith(QStringLiteral("Internal note")));
        const auto d = delegate.layout(optionAt(600), model.index(2, 0));
        QVERIFY(d.mediaText.contains(QStringLiteral("nota.pdf")));
        QVERIFY(d.mediaText.contains(QStringLiteral("KiB")) || d.mediaText.contains(QStringLiteral("kB")));
        const auto l = delegate.layout(optionAt(600), model.index(3, 0));
        QVERIFY(l.mediaText.contains(QStringLiteral("Loja Centro")));
        const QUrl map = MessageDelegate::mapUrl(model.index(3, 0));
        QCOMPARE(map.host(), QStringLiteral("www.openstreetmap.org"));
        QVERIFY(map.toString().contains(QStringLiteral("-23.55")));
        // Every kind paints without stepping outside its row.
        for (int row = 0; row < model.rowCount(); ++row) {
            QStyleOptionViewItem option = optionAt(600);
            const auto lay = delegate.layout(option, model.index(row, 0));
            option.rect.setSize(lay.size);
            QImage image(lay.size, QImage::Format_ARGB32);
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(row, 0));
        }
    }
};

QTEST_MAIN(TestMessageDelegate)
#include "tst_messagedelegate.moc"
