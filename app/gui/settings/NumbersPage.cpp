#include "gui/settings/NumbersPage.h"

#include "engine/EngineConfig.h"
#include "gui/settings/NumberImport.h"
#include "phone/PhoneNumber.h"
#include "store/Database.h"
#include "store/OwnConnection.h"
#include "store/Store.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace ringback::gui {

NumbersPage::NumbersPage(Database *db, QWidget *parent)
    : SettingsPage(parent)
    , m_db(db)
    , m_list(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_number(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("numbersPage"));
    m_list->setObjectName(QStringLiteral("numberList"));
    m_list->addItem(tr("Blocked numbers"), Store::kBlockList);
    m_list->addItem(tr("Known contacts"), Store::kKnownList);
    m_list->setAccessibleName(tr("Number list"));
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_list);
    m_table->setObjectName(QStringLiteral("numbersTable"));
    m_table->setAccessibleName(tr("Numbers in the list"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Name or note"), tr("Added")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_number->setObjectName(QStringLiteral("newNumber"));
    m_number->setPlaceholderText(tr("Number"));
    m_number->setAccessibleName(tr("Number to add"));
    m_note->setObjectName(QStringLiteral("newNote"));
    m_note->setPlaceholderText(tr("Name or note (optional)"));
    m_note->setAccessibleName(tr("Name or note"));
    m_note->setMaxLength(200);
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_import->setToolTip(tr("A CSV file with a number column and an optional name or note "
                            "column; a header row is optional."));
    for (QPushButton *b : {m_add, m_remove, m_import})
        b->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("numbersSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_list, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_number, 1);
    addRow->addWidget(m_note, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(settingsui::helpLabel(
        tr("Blocked numbers never get a text. Known contacts (suppliers, family) get no "
           "automatic text. Changes here take effect at once."),
        this));
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_summary->clear();
        refresh();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        // The typed number stays until it is in the list.
        const QString typed = m_number->text();
        addNumber(typed, m_note->text(), [this, typed] {
            if (m_number->text() == typed) {
                m_number->clear();
                m_note->clear();
            }
        });
    });
    connect(m_number, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &NumbersPage::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &NumbersPage::chooseAndImport);
    if (!m_db) {
        setEnabled(false);
        showMessage(tr("The number lists are available while Ringback runs."));
    }
}

void NumbersPage::showMessage(const QString &message)
{
    m_summary->setText(message);
    m_summary->setAccessibleName(message);
}

void NumbersPage::setList(const QString &list)
{
    m_list->setCurrentIndex(std::max(0, m_list->findData(list)));
}

QString NumbersPage::list() const
{
    return m_list->currentData().toString();
}

void NumbersPage::refresh()
{
    m_table->setRowCount(0);
    if (!m_db)
        return;
    const auto entries = Store(*m_db).listed(list());
    if (!entries) {
        showMessage(entries.errorMessage());
        return;
    }
    for (const Store::ListedNumber &n : entries.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *number = new QTableWidgetItem(PhoneNumber::display(n.number, m_region));
        number->setData(Qt::UserRole, n.number);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, new QTableWidgetItem(n.entry.note));
        m_table->setItem(
            row,
            2,
            new QTableWidgetItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(n.entry.addedAtMs).date(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnToContents(0);
}

void NumbersPage::write(std::function<Result<QString>(Database &)> work, std::function<void()> then)
{
    auto message = std::make_shared<QString>();
    runWithOwnConnection(
        m_db->filePath(),
        [work = std::move(work), message](Database &db) -> Status {
            auto done = work(db);
            if (!done)
                return Error(done.errorMessage());
            *message = done.value();
            return {};
        },
        this,
        [this, message, then = std::move(then)](const Status &ok) {
            const QString text = ok ? *message : ok.errorMessage();
            showMessage(text);
            refresh();
            if (ok && then)
                then();
            emit written(text, ok.isOk());
        });
}

bool NumbersPage::addNumber(const QString &number, const QString &note, std::function<void()> added)
{
    if (!m_db)
        return false;
    const auto phone = PhoneNumber::parse(number.trimmed(), m_region);
    if (!phone) {
        showMessage(phone.errorMessage());
        return false;
    }
    const QString e164 = phone->e164();
    const QString shown = PhoneNumber::display(e164, m_region);
    const QString cleanNote = note.simplified();
    write(
        [e164, shown, cleanNote, list = list()](Database &db) -> Result<QString> {
            Store store(db);
            const auto existing = store.listEntry(e164, list);
            if (existing && existing.value())
                return Error(tr("%1 is already in the list.").arg(shown));
            const Status ok
                = store.setListed(e164, list, true, cleanNote, QDateTime::currentMSecsSinceEpoch());
            if (!ok)
                return Error(ok.errorMessage());
            return tr("%1 added.").arg(shown);
        },
        std::move(added));
    return true;
}

void NumbersPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_db || row < 0)
        return;
    const QString number = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString shown = PhoneNumber::display(number, m_region);
    write([number, shown, list = list()](Database &db) -> Result<QString> {
        const Status ok = Store(db).setListed(number, list, false, QString(), 0);
        if (!ok)
            return Error(ok.errorMessage());
        return tr("%1 removed.").arg(shown);
    });
}

void NumbersPage::importFile(const QString &path)
{
    if (!m_db)
        return;
    write([path, region = m_region, list = list()](Database &db) -> Result<QString> {
        const auto parsed = NumberImport::parseFile(path, region);
        if (!parsed)
            return Error(parsed.errorMessage());
        const auto summary
            = NumberImport::import(db, list, parsed.value(), QDateTime::currentMSecsSinceEpoch());
        if (!summary)
            return Error(summary.errorMessage());
        return summary->text();
    });
}

void NumbersPage::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import numbers"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void NumbersPage::load(QSettings &, const EngineConfig &config)
{
    m_region = config.homeRegion;
    refresh();
}

void NumbersPage::save(QSettings &, EngineConfig &) {}

} // namespace ringback::gui
