#include "gui/settings/ProviderForm.h"

#include "credentials/SecretStore.h"
#include "gui/settings/SecretField.h"
#include "gui/settings/SettingsPage.h"
#include "net/BaseUrl.h"
#include "phone/PhoneNumber.h"
#include "provider/ProviderTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>

#include <cmath>
#include <memory>

namespace ringback::gui {

namespace {

bool isWhole(double v)
{
    return std::floor(v) == v;
}

} // namespace

ProviderForm::ProviderForm(const ProviderInfo &info, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("providerForm_") + info.id);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const SettingField &field : info.settings) {
        Row row;
        row.field = field;
        row.editor = makeEditor(field);
        row.editor->setObjectName(QStringLiteral("field_") + field.name);
        const QString label = ProviderTexts::label(info, field);
        const QString help = ProviderTexts::help(info, field);
        row.editor->setAccessibleName(label);
        row.editor->setAccessibleDescription(help);
        auto *box = new QWidget(this);
        // The whole field column, so help under a narrow spin box can wrap
        // across it instead of being squeezed under the box.
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        const bool narrow = field.kind == SettingField::Kind::Number
                            || field.kind == SettingField::Kind::Bool
                            || field.kind == SettingField::Kind::Choice;
        layout->addWidget(row.editor, 0, narrow ? Qt::AlignLeft : Qt::Alignment());
        if (!help.isEmpty())
            layout->addWidget(settingsui::helpLabel(help, box));
        row.error = settingsui::errorLabel(box);
        row.error->setObjectName(QStringLiteral("error_") + field.name);
        layout->addWidget(row.error);
        //: A settings form label; %1 is the field's name, * marks a required one.
        auto *caption = new QLabel(field.required ? tr("%1 *").arg(label) : label, this);
        caption->setTextFormat(Qt::PlainText);
        caption->setBuddy(row.editor);
        form->addRow(caption, box);
        m_rows.push_back(row);
    }
    load({});
}

QWidget *ProviderForm::makeEditor(const SettingField &field)
{
    switch (field.kind) {
    case SettingField::Kind::Secret: {
        auto *secret = new SecretField(ProviderTexts::label(m_info, field), this);
        connect(secret, &SecretField::changed, this, &ProviderForm::markChanged);
        return secret;
    }
    case SettingField::Kind::Number: {
        auto *spin = new QDoubleSpinBox(this);
        const bool bounded = field.minimum != 0 || field.maximum != 0;
        const bool whole = isWhole(field.minimum) && isWhole(field.maximum)
                           && isWhole(field.defaultValue.toDouble());
        spin->setDecimals(whole ? 0 : 2);
        spin->setRange(bounded ? field.minimum : -1e12, bounded ? field.maximum : 1e12);
        spin->setSingleStep(whole ? 1 : 0.1);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProviderForm::markChanged);
        return spin;
    }
    case SettingField::Kind::Bool: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, &ProviderForm::markChanged);
        return check;
    }
    case SettingField::Kind::Choice: {
        auto *combo = new QComboBox(this);
        // Shown in the user's language; the value saved is the schema's.
        for (const QString &choice : field.choices)
            combo->addItem(ProviderTexts::choice(m_info, choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &ProviderForm::markChanged);
        return combo;
    }
    case SettingField::Kind::Phone:
    case SettingField::Kind::Url:
    case SettingField::Kind::Text:
        break;
    }
    auto *edit = new QLineEdit(this);
    if (field.kind == SettingField::Kind::Phone)
        edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    if (field.kind == SettingField::Kind::Url)
        edit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    connect(edit, &QLineEdit::textChanged, this, &ProviderForm::markChanged);
    return edit;
}

void ProviderForm::markChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    emit changed();
}

void ProviderForm::setValue(const Row &row, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        edit->setText(value.toString());
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(row.editor))
        spin->setValue(value.toDouble());
    else if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        check->setChecked(value.typeId() == QMetaType::QString
                              ? value.toString().trimmed().toLower() == QLatin1String("true")
                              : value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
}

void ProviderForm::load(const QVariantMap &saved)
{
    m_loading = true;
    QPointer<ProviderForm> self(this);
    for (const Row &row : m_rows) {
        if (row.field.isSecret()) {
            auto *secret = static_cast<SecretField *>(row.editor);
            const QString name = row.field.name;
            m_secrets.read(m_info.id, name, [self, secret, name](const SecretStore::Answer &a) {
                if (!self)
                    return;
                secret->setSaved(a.isOk());
                if (!a.isOk() && a.outcome != SecretStore::Answer::Outcome::NotFound)
                    secret->setNote(a.message);
            });
            continue;
        }
        setValue(row,
                 saved.contains(row.field.name) ? saved.value(row.field.name)
                                                : row.field.defaultValue);
        settingsui::showError(row.error, QString());
    }
    m_loading = false;
    m_dirty = false;
}

QJsonValue ProviderForm::value(const Row &row, QString *problem) const
{
    const SettingField &f = row.field;
    const QString label = ProviderTexts::label(m_info, f);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(row.editor))
        return spin->value();
    if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        return check->isChecked();
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentData().toString();
    auto *edit = qobject_cast<QLineEdit *>(row.editor);
    if (!edit)
        return QJsonValue::Undefined;
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (f.required && problem)
            *problem = tr("%1 is required.").arg(label);
        return QJsonValue::Undefined;
    }
    if (f.kind == SettingField::Kind::Phone) {
        const auto phone = PhoneNumber::parse(text);
        if (!phone) {
            if (problem)
                *problem = tr("%1: %2").arg(label, phone.errorMessage());
            return QJsonValue::Undefined;
        }
        return phone->e164();
    }
    if (f.kind == SettingField::Kind::Url) {
        const auto url = net::checkBaseUrl(text);
        if (!url) {
            if (problem)
                *problem = tr("%1: %2").arg(label, url.errorMessage());
            return QJsonValue::Undefined;
        }
        return url->toString();
    }
    return text;
}

QString ProviderForm::validate()
{
    QString first;
    for (const Row &row : m_rows) {
        QString problem;
        if (row.field.isSecret()) {
            auto *secret = static_cast<SecretField *>(row.editor);
            if (row.field.required && secret->newValue().isEmpty()
                && (!secret->isSaved() || secret->removeRequested()))
                problem = tr("%1 is required.").arg(ProviderTexts::label(m_info, row.field));
        } else {
            value(row, &problem);
        }
        settingsui::showError(row.error, problem);
        if (first.isEmpty())
            first = problem;
    }
    return first;
}

QJsonObject ProviderForm::values() const
{
    QJsonObject out;
    for (const Row &row : m_rows) {
        if (row.field.isSecret())
            continue;
        const QJsonValue v = value(row, nullptr);
        if (!v.isUndefined())
            out.insert(row.field.name, v);
    }
    return out;
}

void ProviderForm::saveTo(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("provider/") + m_info.id);
    const QJsonObject v = values();
    for (const Row &row : m_rows) {
        if (row.field.isSecret() || !v.contains(row.field.name))
            settings.remove(row.field.name); // secrets never go to a file
        else
            settings.setValue(row.field.name, v.value(row.field.name).toVariant());
    }
    settings.endGroup();
}

void ProviderForm::commitSecrets(std::function<void(bool, const QString &)> done)
{
    struct Progress
    {
        int pending = 0;
        bool ok = true;
        QString problem;
        std::function<void(bool, const QString &)> done;
    };
    auto progress = std::make_shared<Progress>();
    progress->done = std::move(done);
    progress->pending = 1; // released below, so `done` runs once every job is started
    QPointer<ProviderForm> self(this);
    auto finished = [progress](SecretField *field, const SecretStore::Answer &a) {
        if (a.isOk()) {
            if (field)
                field->committed();
        } else {
            if (field)
                field->setNote(a.message);
            if (progress->ok)
                progress->problem = a.message;
            progress->ok = false;
        }
        if (--progress->pending == 0)
            progress->done(progress->ok, progress->problem);
    };
    for (const Row &row : m_rows) {
        if (!row.field.isSecret())
            continue;
        auto *secret = static_cast<SecretField *>(row.editor);
        if (!secret->hasChange())
            continue;
        QPointer<SecretField> guard(secret);
        ++progress->pending;
        auto onDone = [finished, guard, self](const SecretStore::Answer &a) {
            finished(self ? guard.data() : nullptr, a);
        };
        if (!secret->newValue().isEmpty())
            m_secrets.write(m_info.id, row.field.name, secret->newValue(), onDone);
        else
            m_secrets.remove(m_info.id, row.field.name, onDone);
    }
    finished(nullptr, SecretStore::Answer());
}

void ProviderForm::collectForTest(std::function<void(const QJsonObject &, const QString &)> done)
{
    struct Progress
    {
        int pending = 1;
        QJsonObject values;
        QString problem;
        std::function<void(const QJsonObject &, const QString &)> done;
    };
    auto progress = std::make_shared<Progress>();
    progress->values = values();
    progress->done = std::move(done);
    auto release = [progress] {
        if (--progress->pending == 0)
            progress->done(progress->values, progress->problem);
    };
    for (const Row &row : m_rows) {
        if (!row.field.isSecret())
            continue;
        auto *secret = static_cast<SecretField *>(row.editor);
        if (!secret->newValue().isEmpty()) {
            progress->values.insert(row.field.name, secret->newValue());
        } else if (secret->isSaved() && !secret->removeRequested()) {
            ++progress->pending;
            const QString name = row.field.name;
            m_secrets.read(
                m_info.id, name, [progress, release, name](const SecretStore::Answer &a) {
                    if (a.isOk())
                        progress->values.insert(name, a.secret);
                    else if (progress->problem.isEmpty())
                        progress->problem = a.message;
                    release();
                });
        }
    }
    release();
}

QWidget *ProviderForm::editor(const QString &fieldName) const
{
    for (const Row &row : m_rows) {
        if (row.field.name == fieldName)
            return row.editor;
    }
    return nullptr;
}

SecretField *ProviderForm::secretField(const QString &fieldName) const
{
    return qobject_cast<SecretField *>(editor(fieldName));
}

} // namespace ringback::gui
