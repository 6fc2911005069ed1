#include "gui/queue/QueuePrint.h"

#include "gui/queue/QueueModel.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace ringback::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::gui::QueuePrint)
};

QString cell(const QString &text, const char *tag = "td")
{
    const QString t = QString::fromLatin1(tag);
    return QLatin1Char('<') + t + QLatin1Char('>') + text.toHtmlEscaped() + QLatin1String("</") + t
           + QLatin1Char('>');
}

} // namespace

QString queueHtml(const QueueModel &model, const QString &title)
{
    QString html = QLatin1String("<html><body><h2>") + title.toHtmlEscaped()
                   + QLatin1String("</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                                   "<tr>");
    //: Column of the printed queue: position in the queue.
    html += cell(Tr::tr("#"), "th");
    for (int column = 0; column < model.columnCount(); ++column)
        html += cell(model.headerData(column, Qt::Horizontal).toString(), "th");
    //: Column of the printed queue: the caller's phone number.
    html += cell(Tr::tr("Number"), "th") + QLatin1String("</tr>");
    for (int row = 0; row < model.rowCount(); ++row) {
        html += QLatin1String("<tr>") + cell(QString::number(row + 1));
        for (int column = 0; column < model.columnCount(); ++column)
            html += cell(model.index(row, column).data().toString());
        html += cell(model.index(row, 0).data(QueueModel::ContactRole).toString())
                + QLatin1String("</tr>");
    }
    html += QLatin1String("</table></body></html>");
    return html;
}

bool printHtml(QWidget *parent, const QString &html)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print the call-back queue"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return true;
}

} // namespace ringback::gui
