#pragma once

#include <QString>

class QWidget;

namespace Atendo {

// `atendo --screenshot FILE`: grabs the main window (with any dialog open on top
// composited in place) to a PNG and quits. Used for the README's screenshots under
// Xvfb.
class Screenshot
{
public:
    static void grabLater(QWidget* window, const QString& file, int delayMs);
    // The window's pixels with its visible child dialogs painted where they sit.
    static bool save(QWidget* window, const QString& file);
};

} // namespace Atendo
