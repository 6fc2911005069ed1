#pragma once

#include <QString>

class QWidget;

namespace ringback::gui {

class QueueModel;

// The call-back queue as a printable page: an HTML table whose every cell is
// escaped plain text. The model should have every page loaded (fetchAll).
QString queueHtml(const QueueModel &model, const QString &title);

// Shows the print dialog and prints the page. False when cancelled.
bool printHtml(QWidget *parent, const QString &html);

} // namespace ringback::gui
