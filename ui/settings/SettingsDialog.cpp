#include "ui/settings/SettingsDialog.h"

#include "app/Library.h"
#include "app/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lifeboat {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_libraryFolder(new QLineEdit(this))
    , m_automaticBackup(new QCheckBox(tr("Back up &automatically when a known handset is connected"), this))
    , m_encryptNewArchives(new QCheckBox(tr("&Encrypt new archives with a passphrase"), this))
    , m_photoFolders(new QListWidget(this))
    , m_newPhotoFolder(new QLineEdit(this))
    , m_addPhotoFolder(new QPushButton(tr("A&dd"), this))
    , m_removePhotoFolder(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_libraryFolder->setObjectName(QStringLiteral("libraryFolderField"));
    m_libraryFolder->setAccessibleName(tr("Library folder"));
    m_libraryFolder->setText(QDir::toNativeSeparators(settings->effectiveLibraryFolder()));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("libraryFolderBrowseButton"));
    browse->setAccessibleName(tr("Choose the library folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseLibraryFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_libraryFolder, 1);
    folderRow->addWidget(browse);

    m_automaticBackup->setObjectName(QStringLiteral("automaticBackupCheck"));
    m_automaticBackup->setAccessibleName(tr("Back up automatically"));
    m_automaticBackup->setToolTip(tr("Only handsets already backed up into this library are "
                                     "backed up by themselves."));
    m_automaticBackup->setChecked(settings->automaticBackup());

    m_encryptNewArchives->setObjectName(QStringLiteral("encryptNewArchivesCheck"));
    m_encryptNewArchives->setAccessibleName(tr("Encrypt new archives"));
    m_encryptNewArchives->setToolTip(tr("A handset's first backup asks for a passphrase and "
                                        "encrypts its archive with it. A lost passphrase cannot "
                                        "be recovered."));
    m_encryptNewArchives->setChecked(settings->encryptNewArchives());

    m_photoFolders->setObjectName(QStringLiteral("photoFoldersList"));
    m_photoFolders->setAccessibleName(tr("Photo folders"));
    m_photoFolders->addItems(settings->photoFolders());
    m_newPhotoFolder->setObjectName(QStringLiteral("newPhotoFolderField"));
    m_newPhotoFolder->setAccessibleName(tr("New photo folder"));
    m_newPhotoFolder->setPlaceholderText(tr("A folder on the handset, such as WhatsApp/Media"));
    m_addPhotoFolder->setObjectName(QStringLiteral("addPhotoFolderButton"));
    m_addPhotoFolder->setAccessibleName(tr("Add the photo folder"));
    m_removePhotoFolder->setObjectName(QStringLiteral("removePhotoFolderButton"));
    m_removePhotoFolder->setAccessibleName(tr("Remove the selected photo folder"));
    auto *reset = new QPushButton(tr("Re&set"), this);
    reset->setObjectName(QStringLiteral("resetPhotoFoldersButton"));
    reset->setAccessibleName(tr("Use the standard photo folders"));
    connect(m_addPhotoFolder, &QPushButton::clicked, this, &SettingsDialog::addPhotoFolder);
    connect(m_newPhotoFolder, &QLineEdit::returnPressed, this, &SettingsDialog::addPhotoFolder);
    connect(m_newPhotoFolder, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    connect(m_removePhotoFolder, &QPushButton::clicked, this, &SettingsDialog::removePhotoFolder);
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetPhotoFolders);
    connect(m_photoFolders, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newPhotoFolder, 1);
    addRow->addWidget(m_addPhotoFolder);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_removePhotoFolder);
    listButtons->addWidget(reset);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_photoFolders, 1);
    listRow->addLayout(listButtons);
    auto *photoHelp = new QLabel(tr("Photos and videos are copied from these folders of the handset "
                                    "and the folders inside them."), this);
    photoHelp->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Library folder:"), this);
    folderLabel->setBuddy(m_libraryFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_automaticBackup);
    form->addRow(QString(), m_encryptNewArchives);
    auto *photosLabel = new QLabel(tr("&Photo folders:"), this);
    photosLabel->setBuddy(m_photoFolders);
    form->addRow(photosLabel, listRow);
    form->addRow(QString(), addRow);
    form->addRow(QString(), photoHelp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
    updateButtons();
}

void SettingsDialog::chooseLibraryFolder()
{
    auto *dialog = new QFileDialog(this, tr("Library Folder"), QDir::fromNativeSeparators(m_libraryFolder->text()));
    dialog->setObjectName(QStringLiteral("libraryFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_libraryFolder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void SettingsDialog::addPhotoFolder()
{
    const QString folder = m_newPhotoFolder->text().trimmed();
    if (folder.isEmpty() || photoFolders().contains(folder, Qt::CaseInsensitive))
        return;
    m_photoFolders->addItem(folder);
    m_newPhotoFolder->clear();
    updateButtons();
}

void SettingsDialog::removePhotoFolder()
{
    delete m_photoFolders->currentItem();
    updateButtons();
}

void SettingsDialog::resetPhotoFolders()
{
    m_photoFolders->clear();
    m_photoFolders->addItems(Settings::defaultPhotoFolders());
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    m_addPhotoFolder->setEnabled(!m_newPhotoFolder->text().trimmed().isEmpty());
    // At least one folder stays: with none, no photo would ever be backed up.
    m_removePhotoFolder->setEnabled(m_photoFolders->currentItem() && m_photoFolders->count() > 1);
}

QStringList SettingsDialog::photoFolders() const
{
    QStringList folders;
    for (int i = 0; i < m_photoFolders->count(); ++i)
        folders.append(m_photoFolders->item(i)->text());
    return folders;
}

void SettingsDialog::accept()
{
    const QString before = m_settings->effectiveLibraryFolder();
    const QString folder = QDir::fromNativeSeparators(m_libraryFolder->text().trimmed());
    // The standard folder stays "standard" (empty) so that it follows the system's choice.
    m_settings->setLibraryFolder(QDir::cleanPath(folder) == QDir::cleanPath(Library::defaultFolder())
                                         && m_settings->libraryFolder().isEmpty()
                                     ? QString()
                                     : folder);
    m_settings->setAutomaticBackup(m_automaticBackup->isChecked());
    m_settings->setEncryptNewArchives(m_encryptNewArchives->isChecked());
    m_settings->setPhotoFolders(photoFolders());
    m_settings->sync();
    if (QDir::cleanPath(m_settings->effectiveLibraryFolder()) != QDir::cleanPath(before))
        Q_EMIT libraryFolderChanged(m_settings->effectiveLibraryFolder());
    QDialog::accept();
}

} // namespace Lifeboat
