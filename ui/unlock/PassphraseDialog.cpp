#include "ui/unlock/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Lifeboat {

PassphraseDialog::PassphraseDialog(const QString &archiveName, const QString &problem,
                                   QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Unlock %1").arg(archiveName));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The archive %1 is encrypted. Type its passphrase to open it.")
                                .arg(archiveName),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!problem.isEmpty()) {
        auto *error = new QLabel(problem, this);
        error->setObjectName(QStringLiteral("passphraseProblem"));
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Passphrase"));
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_edit->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    m_edit->clear();
}

std::shared_ptr<const SecretBytes> PassphraseDialog::takePassphrase()
{
    QByteArray utf8 = m_edit->text().toUtf8();
    m_edit->clear();
    return std::make_shared<const SecretBytes>(SecretBytes::takeFrom(utf8));
}

std::shared_ptr<const SecretBytes> PassphraseDialog::ask(QWidget *parent, const QString &archiveName,
                                                         const QString &problem)
{
    PassphraseDialog dialog(archiveName, problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takePassphrase();
}

} // namespace Lifeboat
