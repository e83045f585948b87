#include "client/inboxmodel.h"
#include "console/inboxdelegate.h"
#include "console/themecolors.h"
#include "core/clock.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Atendo;
using namespace std::chrono_literals;

class TestInboxDelegate : public QObject
{
    Q_OBJECT

    const QDateTime m_now {QDate(2026, 11, 25), QTime(10, 0), Qt::UTC};

    QStandardItem* row(const QString& name, const QDateTime& expires, int unread = 0)
    {
        auto* item = new QStandardItem;
        item->setData(name, InboxModel::ContactNameRole);
        item->setData(QStringLiteral("Oi, tudo bem?"), InboxModel::PreviewRole);
        item->setData(expires, InboxModel::WindowExpiresRole);
        item->setData(unread, InboxModel::UnreadRole);
        item->setData(QStringLiteral("AS"), InboxModel::AssigneeInitialsRole);
        return item;
    }

private Q_SLOTS:
    void countdownTextAndColourFollowTheClock()
    {
        TestClock clock(m_now);
        QStandardItemModel model;
        model.appendRow(row(QStringLiteral("Maria"), m_now.addSecs(23 * 3600 + 14 * 60 + 30)));
        InboxDelegate delegate;
        delegate.setClock(&clock);
        const QModelIndex index = model.index(0, 0);
        const QPalette pal;
        QCOMPARE(delegate.countdown(index).shortText(), QStringLiteral("23:14"));
        QCOMPARE(delegate.countdownColor(index, pal), ThemeColors::tone(WindowCountdown::Tone::Open, pal));

        clock.advance(20h);
        QCOMPARE(delegate.countdown(index).shortText(), QStringLiteral("3:14"));
        QCOMPARE(
            delegate.countdownColor(index, pal), ThemeColors::tone(WindowCountdown::Tone::ClosingSoon, pal));

        clock.advance(2h + 32min + 23s);
        QCOMPARE(delegate.countdown(index).shortText(), QStringLiteral("42:07"));
        QCOMPARE(delegate.countdownColor(index, pal), ThemeColors::danger(pal));

        clock.advance(42min + 7s);
        QCOMPARE(delegate.countdown(index).shortText(), QStringLiteral("closed"));
        QCOMPARE(delegate.countdownColor(index, pal), pal.color(QPalette::Disabled, QPalette::Text));
    }

    void paintsTheCountdownInsideItsOwnStrip()
    {
        TestClock clock(m_now);
        QStandardItemModel model;
        model.appendRow(row(QStringLiteral("Maria"), m_now.addSecs(30 * 60), 3));
        InboxDelegate delegate;
        delegate.setClock(&clock);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 320, 10);
        option.font = QFont();
        option.palette = QPalette();
        const auto layout = delegate.layout(option);
        option.rect.setSize(delegate.sizeHint(option, model.index(0, 0)));
        QCOMPARE(layout.size, option.rect.size());
        QVERIFY(option.rect.contains(layout.countdown));
        QVERIFY(!layout.countdown.intersects(layout.name));
        QCOMPARE(delegate.countdownRect(option), layout.countdown);

        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        // Red ink (under 1 h) appears inside the countdown strip and nowhere on the name line's left.
        const QColor red = ThemeColors::danger(option.palette);
        bool found = false;
        for (int x = layout.countdown.left(); x <= layout.countdown.right() && !found; ++x)
            for (int y = layout.countdown.top(); y <= layout.countdown.bottom() && !found; ++y)
                found = QColor(image.pixel(x, y)) == red;
        QVERIFY(found);
    }

    void rowsHaveOneHeightForUniformItemSizes()
    {
        InboxDelegate delegate;
        QStandardItemModel model;
        model.appendRow(row(QStringLiteral("A"), m_now, 0));
        model.appendRow(row(QStringLiteral("A very long name that goes on and on and on"), QDateTime(), 120));
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 300, 10);
        QCOMPARE(delegate.sizeHint(option, model.index(0, 0)), delegate.sizeHint(option, model.index(1, 0)));
    }
};

QTEST_MAIN(TestInboxDelegate)
#include "tst_inboxdelegate.moc"
