# Generated from forms/household.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        self.verticalLayout_3 = QVBoxLayout(HouseholdDialog)
        self.verticalLayout_3.setObjectName(u"verticalLayout_3")
        self.headerLabel = QLabel(HouseholdDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.verticalLayout_3.addWidget(self.headerLabel)

        self.tabs = QTabWidget(HouseholdDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.formLayout = QFormLayout(self.basicTab)
        self.formLayout.setObjectName(u"formLayout")
        self.villageLabel = QLabel(self.basicTab)
        self.villageLabel.setObjectName(u"villageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.village = QComboBox(self.basicTab)
        self.village.setObjectName(u"village")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.village)

        self.addressLabel = QLabel(self.basicTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.basicTab)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.basicTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.basicTab)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(32)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.housingTypeLabel = QLabel(self.basicTab)
        self.housingTypeLabel.setObjectName(u"housingTypeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.housingTypeLabel)

        self.housingType = QComboBox(self.basicTab)
        self.housingType.setObjectName(u"housingType")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.housingType)

        self.housingAreaLabel = QLabel(self.basicTab)
        self.housingAreaLabel.setObjectName(u"housingAreaLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.housingAreaLabel)

        self.housingArea = QLineEdit(self.basicTab)
        self.housingArea.setObjectName(u"housingArea")
        self.housingArea.setMaxLength(10)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.housingArea)

        self.hardshipCauseLabel = QLabel(self.basicTab)
        self.hardshipCauseLabel.setObjectName(u"hardshipCauseLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hardshipCauseLabel)

        self.hardshipCause = QPlainTextEdit(self.basicTab)
        self.hardshipCause.setObjectName(u"hardshipCause")
        self.hardshipCause.setMaximumSize(QSize(16777215, 90))
        self.hardshipCause.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hardshipCause)

        self.staffRelative = QCheckBox(self.basicTab)
        self.staffRelative.setObjectName(u"staffRelative")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.staffRelative)

        self.staffRelativeNoteLabel = QLabel(self.basicTab)
        self.staffRelativeNoteLabel.setObjectName(u"staffRelativeNoteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.staffRelativeNoteLabel)

        self.staffRelativeNote = QLineEdit(self.basicTab)
        self.staffRelativeNote.setObjectName(u"staffRelativeNote")
        self.staffRelativeNote.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.staffRelativeNote)

        self.tabs.addTab(self.basicTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.verticalLayout = QVBoxLayout(self.membersTab)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.membersTable = QTableWidget(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.membersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.membersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.membersTable)

        self.horizontalLayout = QHBoxLayout()
        self.horizontalLayout.setObjectName(u"horizontalLayout")
        self.addMember = QPushButton(self.membersTab)
        self.addMember.setObjectName(u"addMember")

        self.horizontalLayout.addWidget(self.addMember)

        self.editMember = QPushButton(self.membersTab)
        self.editMember.setObjectName(u"editMember")

        self.horizontalLayout.addWidget(self.editMember)

        self.removeMember = QPushButton(self.membersTab)
        self.removeMember.setObjectName(u"removeMember")

        self.horizontalLayout.addWidget(self.removeMember)

        self.movedOutMember = QPushButton(self.membersTab)
        self.movedOutMember.setObjectName(u"movedOutMember")

        self.horizontalLayout.addWidget(self.movedOutMember)

        self.spacer7 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout.addItem(self.spacer7)


        self.verticalLayout.addLayout(self.horizontalLayout)

        self.tabs.addTab(self.membersTab, "")
        self.incomeTab = QWidget()
        self.incomeTab.setObjectName(u"incomeTab")
        self.verticalLayout_2 = QVBoxLayout(self.incomeTab)
        self.verticalLayout_2.setObjectName(u"verticalLayout_2")
        self.incomesLabel = QLabel(self.incomeTab)
        self.incomesLabel.setObjectName(u"incomesLabel")

        self.verticalLayout_2.addWidget(self.incomesLabel)

        self.incomesTable = QTableWidget(self.incomeTab)
        self.incomesTable.setObjectName(u"incomesTable")
        self.incomesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.incomesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.incomesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.incomesTable.setAlternatingRowColors(True)

        self.verticalLayout_2.addWidget(self.incomesTable)

        self.horizontalLayout_2 = QHBoxLayout()
        self.horizontalLayout_2.setObjectName(u"horizontalLayout_2")
        self.addIncome = QPushButton(self.incomeTab)
        self.addIncome.setObjectName(u"addIncome")

        self.horizontalLayout_2.addWidget(self.addIncome)

        self.editIncome = QPushButton(self.incomeTab)
        self.editIncome.setObjectName(u"editIncome")

        self.horizontalLayout_2.addWidget(self.editIncome)

        self.removeIncome = QPushButton(self.incomeTab)
        self.removeIncome.setObjectName(u"removeIncome")

        self.horizontalLayout_2.addWidget(self.removeIncome)

        self.spacer8 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout_2.addItem(self.spacer8)

        self.incomeSummary = QLabel(self.incomeTab)
        self.incomeSummary.setObjectName(u"incomeSummary")
        self.incomeSummary.setText(u"")

        self.horizontalLayout_2.addWidget(self.incomeSummary)


        self.verticalLayout_2.addLayout(self.horizontalLayout_2)

        self.assetsLabel = QLabel(self.incomeTab)
        self.assetsLabel.setObjectName(u"assetsLabel")

        self.verticalLayout_2.addWidget(self.assetsLabel)

        self.assetsTable = QTableWidget(self.incomeTab)
        self.assetsTable.setObjectName(u"assetsTable")
        self.assetsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assetsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.assetsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assetsTable.setAlternatingRowColors(True)

        self.verticalLayout_2.addWidget(self.assetsTable)

        self.horizontalLayout_3 = QHBoxLayout()
        self.horizontalLayout_3.setObjectName(u"horizontalLayout_3")
        self.addAsset = QPushButton(self.incomeTab)
        self.addAsset.setObjectName(u"addAsset")

        self.horizontalLayout_3.addWidget(self.addAsset)

        self.editAsset = QPushButton(self.incomeTab)
        self.editAsset.setObjectName(u"editAsset")

        self.horizontalLayout_3.addWidget(self.editAsset)

        self.removeAsset = QPushButton(self.incomeTab)
        self.removeAsset.setObjectName(u"removeAsset")

        self.horizontalLayout_3.addWidget(self.removeAsset)

        self.spacer9 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout_3.addItem(self.spacer9)

        self.assetSummary = QLabel(self.incomeTab)
        self.assetSummary.setObjectName(u"assetSummary")
        self.assetSummary.setText(u"")

        self.horizontalLayout_3.addWidget(self.assetSummary)


        self.verticalLayout_2.addLayout(self.horizontalLayout_3)

        self.tabs.addTab(self.incomeTab, "")

        self.verticalLayout_3.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(HouseholdDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout_3.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.villageLabel.setBuddy(self.village)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.housingTypeLabel.setBuddy(self.housingType)
        self.housingAreaLabel.setBuddy(self.housingArea)
        self.hardshipCauseLabel.setBuddy(self.hardshipCause)
        self.staffRelativeNoteLabel.setBuddy(self.staffRelativeNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.village)
        QWidget.setTabOrder(self.village, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.housingType)
        QWidget.setTabOrder(self.housingType, self.housingArea)
        QWidget.setTabOrder(self.housingArea, self.hardshipCause)
        QWidget.setTabOrder(self.hardshipCause, self.staffRelative)
        QWidget.setTabOrder(self.staffRelative, self.staffRelativeNote)
        QWidget.setTabOrder(self.staffRelativeNote, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.addMember)
        QWidget.setTabOrder(self.addMember, self.editMember)
        QWidget.setTabOrder(self.editMember, self.removeMember)
        QWidget.setTabOrder(self.removeMember, self.movedOutMember)
        QWidget.setTabOrder(self.movedOutMember, self.incomesTable)
        QWidget.setTabOrder(self.incomesTable, self.addIncome)
        QWidget.setTabOrder(self.addIncome, self.editIncome)
        QWidget.setTabOrder(self.editIncome, self.removeIncome)
        QWidget.setTabOrder(self.removeIncome, self.assetsTable)
        QWidget.setTabOrder(self.assetsTable, self.addAsset)
        QWidget.setTabOrder(self.addAsset, self.editAsset)
        QWidget.setTabOrder(self.editAsset, self.removeAsset)
        QWidget.setTabOrder(self.removeAsset, self.buttonBox)

        self.retranslateUi(HouseholdDialog)
        self.buttonBox.rejected.connect(HouseholdDialog.reject)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"Household record", None))
        self.villageLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Village", None))
        self.addressLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Address", None))
        self.phoneLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Phone", None))
        self.housingTypeLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Housing", None))
        self.housingAreaLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Housing a&rea (m\u00b2)", None))
        self.hardshipCauseLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Cause of &hardship", None))
        self.staffRelative.setText(QCoreApplication.translate("HouseholdDialog", u"The applicant is a close relative of township staff or village officials (recorded separately; the county visits in person)", None))
        self.staffRelativeNoteLabel.setText(QCoreApplication.translate("HouseholdDialog", u"&Whose relative", None))
        self.staffRelativeNote.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", u"Name and post of the staff member, and the relation", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("HouseholdDialog", u"Household", None))
        self.addMember.setText(QCoreApplication.translate("HouseholdDialog", u"&Add member\u2026", None))
        self.editMember.setText(QCoreApplication.translate("HouseholdDialog", u"&Edit\u2026", None))
        self.removeMember.setText(QCoreApplication.translate("HouseholdDialog", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.movedOutMember.setToolTip(QCoreApplication.translate("HouseholdDialog", u"The member moved out, married away or died: kept on file with the day and the reason, no longer counted", None))
#endif // QT_CONFIG(tooltip)
        self.movedOutMember.setText(QCoreApplication.translate("HouseholdDialog", u"Moved &out\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("HouseholdDialog", u"Members", None))
        self.incomesLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Monthly income", None))
        self.addIncome.setText(QCoreApplication.translate("HouseholdDialog", u"Add income\u2026", None))
        self.editIncome.setText(QCoreApplication.translate("HouseholdDialog", u"Edit\u2026", None))
        self.removeIncome.setText(QCoreApplication.translate("HouseholdDialog", u"Remove", None))
        self.assetsLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Assets", None))
        self.addAsset.setText(QCoreApplication.translate("HouseholdDialog", u"Add asset\u2026", None))
        self.editAsset.setText(QCoreApplication.translate("HouseholdDialog", u"Edit\u2026", None))
        self.removeAsset.setText(QCoreApplication.translate("HouseholdDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.incomeTab), QCoreApplication.translate("HouseholdDialog", u"Income and assets", None))
    # retranslateUi

