#include "ui/unlock/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lifeboat {

PassphraseDialog::PassphraseDialog(const QString &archiveName, const QString &problem,
                                   QWidget *parent)
    : PassphraseDialog(Purpose::Unlock, archiveName, problem, parent)
{
}

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &archiveName,
                                   const QString &problem, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_edit(new QLineEdit(this))
{
    const bool choosing = purpose == Purpose::ChooseNew;
    setObjectName(choosing ? QStringLiteral("newPassphraseDialog") : QStringLiteral("passphraseDialog"));
    setWindowTitle(choosing ? tr("Encrypt %1").arg(archiveName) : tr("Unlock %1").arg(archiveName));
    // Wide enough that the explanations read as sentences, not as a column of words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(choosing ? tr("Choose a passphrase for the new archive %1. Everything "
                                          "Lifeboat keeps about the handset is encrypted with it, "
                                          "and it is asked for whenever the archive is opened.")
                                           .arg(archiveName)
                                     : tr("The archive %1 is encrypted. Type its passphrase to open it.")
                                           .arg(archiveName),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (choosing) {
        auto *warning = new QLabel(tr("Keep the passphrase safe. If it is lost, the backups in this "
                                      "archive cannot be recovered: nobody can read them without "
                                      "it, not even Lifeboat."),
                                   this);
        warning->setObjectName(QStringLiteral("passphraseWarning"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    if (!problem.isEmpty()) {
        auto *error = new QLabel(problem, this);
        error->setObjectName(QStringLiteral("passphraseProblem"));
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(choosing ? tr("New passphrase") : tr("Passphrase"));
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (choosing) {
        m_edit->setPlaceholderText(tr("New passphrase"));
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("passphraseConfirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Type the new passphrase again"));
        m_confirm->setPlaceholderText(tr("The same passphrase again"));
        layout->addWidget(m_confirm);
        m_mismatch = new QLabel(tr("The two passphrases differ."), this);
        m_mismatch->setObjectName(QStringLiteral("passphraseMismatch"));
        layout->addWidget(m_mismatch);
        m_ok = buttons->button(QDialogButtonBox::Ok);
        connect(m_edit, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
    m_edit->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    m_edit->clear();
    if (m_confirm)
        m_confirm->clear();
}

void PassphraseDialog::updateOk()
{
    if (m_purpose != Purpose::ChooseNew)
        return;
    // An empty passphrase protects nothing; one typed differently twice would lock the user out.
    const bool typedBoth = !m_confirm->text().isEmpty();
    const bool same = m_edit->text() == m_confirm->text();
    m_mismatch->setVisible(typedBoth && !same);
    m_ok->setEnabled(!m_edit->text().isEmpty() && same);
}

std::shared_ptr<const SecretBytes> PassphraseDialog::takePassphrase()
{
    QByteArray utf8 = m_edit->text().toUtf8();
    m_edit->clear();
    if (m_confirm)
        m_confirm->clear();
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

std::shared_ptr<const SecretBytes> PassphraseDialog::askNew(QWidget *parent, const QString &archiveName)
{
    PassphraseDialog dialog(Purpose::ChooseNew, archiveName, QString(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takePassphrase();
}

} // namespace Lifeboat
