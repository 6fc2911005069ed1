#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QSettings;

namespace ringback {
struct EngineConfig;
}

namespace ringback::gui {

// One page of the settings dialog. The dialog loads every page from the
// profile's settings.ini (RulesSettings::load plus the page's own keys),
// validates them all before saving, then lets each page write into the same
// QSettings and EngineConfig, which RulesSettings::save stores, so keys
// nobody knows survive.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load(QSettings &settings, const EngineConfig &config) = 0;
    // The first problem in words (also shown on the page), or empty.
    virtual QString validate() { return {}; }
    virtual void save(QSettings &settings, EngineConfig &config) = 0;

signals:
    void changed();
};

// Small pieces every page uses.
namespace settingsui {
// A wrapped, plain-text explanation under a control, in a smaller font.
QLabel *helpLabel(const QString &text, QWidget *parent);
// An inline error line: plain text, hidden while empty.
QLabel *errorLabel(QWidget *parent);
void showError(QLabel *label, const QString &message);
} // namespace settingsui

} // namespace ringback::gui
