#include "gui/inbox/SearchField.h"

#include <QKeyEvent>

namespace ringback::gui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchEdit"));
    setAccessibleName(tr("Search conversations"));
    setPlaceholderText(tr("Search names, numbers and messages (Ctrl+F)"));
    setClearButtonEnabled(true);
    m_pause.setSingleShot(true);
    m_pause.setInterval(250);
    connect(this, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(&m_pause, &QTimer::timeout, this, [this] { emit searchChanged(text()); });
    // Enter searches at once.
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_pause.stop();
        emit searchChanged(text());
    });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_pause.stop();
        emit searchChanged(QString());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ringback::gui
