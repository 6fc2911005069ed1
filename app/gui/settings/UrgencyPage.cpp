#include "gui/settings/UrgencyPage.h"

#include "engine/EngineConfig.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace ringback::gui {

namespace {

enum Column { SeverityColumn, LabelColumn, PhrasesColumn };

} // namespace

UrgencyPage::UrgencyPage(QWidget *parent)
    : SettingsPage(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_error(settingsui::errorLabel(this))
{
    setObjectName(QStringLiteral("urgencyPage"));
    m_table->setObjectName(QStringLiteral("urgencyRules"));
    m_table->setAccessibleName(tr("Urgency rules"));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Label"), tr("Phrases")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Row numbers stay visible: the parser's messages name the line (= row).
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_error->setObjectName(QStringLiteral("urgencyError"));

    auto *add = new QPushButton(tr("&Add rule"), this);
    auto *remove = new QPushButton(tr("&Remove rule"), this);
    auto *defaults = new QPushButton(tr("Restore &defaults"), this);
    defaults->setObjectName(QStringLiteral("restoreUrgencyDefaults"));
    for (QPushButton *b : {add, remove, defaults})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(defaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(settingsui::helpLabel(
        tr("A reply containing any phrase of a rule flags the conversation with the rule's "
           "severity and label. Separate phrases with commas; case, accents and punctuation "
           "don't matter."),
        this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRule(UrgencyRule::Urgent, QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, LabelColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, LabelColumn));
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        validate();
        emit changed();
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        restoreDefaults();
        emit changed();
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        validate();
        emit changed();
    });
}

void UrgencyPage::addRule(int severity, const QString &label, const QString &phrases)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *combo = new QComboBox(m_table);
    combo->addItem(tr("High"), UrgencyRule::High);
    combo->addItem(tr("Urgent"), UrgencyRule::Urgent);
    combo->addItem(tr("Soon"), UrgencyRule::Soon);
    combo->setCurrentIndex(std::max(0, combo->findData(severity)));
    combo->setAccessibleName(tr("Severity"));
    connect(combo, &QComboBox::currentIndexChanged, this, &UrgencyPage::changed);
    m_table->setCellWidget(row, SeverityColumn, combo);
    m_table->setItem(row, LabelColumn, new QTableWidgetItem(label));
    m_table->setItem(row, PhrasesColumn, new QTableWidgetItem(phrases));
}

void UrgencyPage::setRules(const QList<UrgencyRule> &rules)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const UrgencyRule &rule : rules)
        addRule(rule.severity, rule.label, rule.phrases.join(QLatin1String(", ")));
    m_table->resizeColumnToContents(LabelColumn);
    validate();
}

void UrgencyPage::restoreDefaults()
{
    setRules(defaultUrgencyRules());
}

QString UrgencyPage::rulesText() const
{
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, SeverityColumn));
        const QTableWidgetItem *label = m_table->item(row, LabelColumn);
        const QTableWidgetItem *phrases = m_table->item(row, PhrasesColumn);
        lines << QStringLiteral("%1 | %2 | %3")
                     .arg(combo ? combo->currentData().toInt() : int(UrgencyRule::Urgent))
                     .arg(label ? label->text().simplified() : QString(),
                          phrases ? phrases->text().simplified() : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QList<UrgencyRule>> UrgencyPage::parsed() const
{
    return parseUrgencyRules(rulesText());
}

void UrgencyPage::load(QSettings &, const EngineConfig &config)
{
    setRules(config.urgencyRules);
}

QString UrgencyPage::validate()
{
    const auto rules = parsed();
    // The parser counts lines from 1, and each row is one line.
    const QString problem = rules ? QString() : rules.errorMessage();
    settingsui::showError(m_error, problem);
    return problem;
}

void UrgencyPage::save(QSettings &, EngineConfig &config)
{
    const auto rules = parsed();
    if (rules)
        config.urgencyRules = rules.value();
}

} // namespace ringback::gui
