#include "gui/settings/SettingsPage.h"

#include <QLabel>

namespace ringback::gui::settingsui {

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // A tint of the platform palette's "link visited" colour reads as a
    // warning in light and dark themes alike; the text says the rest.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::LinkVisited));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
}

} // namespace ringback::gui::settingsui
