#include "console/screenshot.h"

#include "console/consolelog.h"

#include <QApplication>
#include <QDialog>
#include <QPainter>
#include <QTimer>
#include <QWidget>

namespace Atendo {

bool Screenshot::save(QWidget* window, const QString& file)
{
    QPixmap pixmap = window->grab();
    QPainter painter(&pixmap);
    const auto dialogs = window->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (!dialog->isVisible())
            continue;
        const QPoint at = window->mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0)));
        const QPixmap shot = dialog->grab();
        // Under Xvfb without a window manager a dialog may sit at 0,0: centre it instead.
        const QPoint pos = (at.x() <= 0 && at.y() <= 0)
            ? QPoint((pixmap.width() - shot.width()) / 2, (pixmap.height() - shot.height()) / 2)
            : at;
        painter.fillRect(QRect(pos + QPoint(4, 4), shot.size()), QColor(0, 0, 0, 60));
        painter.drawPixmap(pos, shot);
    }
    painter.end();
    const bool ok = pixmap.save(file, "PNG");
    if (!ok)
        qCWarning(lcConsole) << "could not write screenshot" << file;
    return ok;
}

void Screenshot::grabLater(QWidget* window, const QString& file, int delayMs)
{
    QTimer::singleShot(delayMs, window, [window, file] {
        const bool ok = save(window, file);
        QApplication::exit(ok ? 0 : 2);
    });
}

} // namespace Atendo
