#pragma once

#include "gui/settings/SettingsPage.h"
#include "util/Result.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ringback {
class Database;
}

namespace ringback::gui {

// Settings › Numbers: the block list (never texted, calls held) and known
// contacts (suppliers, family: no automatic text), with add, remove and
// "Import CSV…". Changes go to the database at once, not on Apply, each on a
// thread of its own with its own connection (store/OwnConnection.h): a slow
// disk or a long file does not hold up the dialog. written() says when one is
// done, with the line the page shows.
class NumbersPage final : public SettingsPage
{
    Q_OBJECT

public:
    // db: the window's own connection; nullptr disables the page.
    explicit NumbersPage(Database *db, QWidget *parent = nullptr);

    QString title() const override { return tr("Numbers"); }
    void load(QSettings &settings, const EngineConfig &config) override;
    void save(QSettings &settings, EngineConfig &config) override;

    // Store::kBlockList or Store::kKnownList.
    void setList(const QString &list);
    QString list() const;
    void refresh();
    // Adds one typed number; false with the message shown when it is not
    // one (nothing is written then).
    // `added` runs once it is in the list.
    bool addNumber(const QString &number, const QString &note, std::function<void()> added = {});
    // Imports a CSV file into the current list; the summary or error is shown
    // in summaryLabel() and given by written().
    void importFile(const QString &path);

signals:
    // A change was written (or refused): `message` is what the page shows.
    void written(const QString &message, bool ok);

public:
    QTableWidget *table() const { return m_table; }
    QComboBox *listChoice() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    void removeSelected();
    void chooseAndImport();
    void showMessage(const QString &message);
    // Runs `work` off this thread; shows its message (or error), reads the
    // list again and says written(). `then` runs after a success.
    void write(std::function<Result<QString>(Database &)> work, std::function<void()> then = {});

    Database *m_db;
    QString m_region = QStringLiteral("US");
    QComboBox *m_list;
    QTableWidget *m_table;
    QLineEdit *m_number;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_summary;
};

} // namespace ringback::gui
