# Generated from forms/visit.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        self.verticalLayout_3 = QVBoxLayout(VisitDialog)
        self.verticalLayout_3.setObjectName(u"verticalLayout_3")
        self.summaryLabel = QLabel(VisitDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout_3.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(VisitDialog)
        self.tabs.setObjectName(u"tabs")
        self.visitTab = QWidget()
        self.visitTab.setObjectName(u"visitTab")
        self.formLayout = QFormLayout(self.visitTab)
        self.formLayout.setObjectName(u"formLayout")
        self.visitDateLabel = QLabel(self.visitTab)
        self.visitDateLabel.setObjectName(u"visitDateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visitDateLabel)

        self.visitDate = QDateEdit(self.visitTab)
        self.visitDate.setObjectName(u"visitDate")
        self.visitDate.setCalendarPopup(True)
        self.visitDate.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.visitDate)

        self.staffLabel = QLabel(self.visitTab)
        self.staffLabel.setObjectName(u"staffLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffList = QListWidget(self.visitTab)
        self.staffList.setObjectName(u"staffList")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffList)

        self.otherInvestigatorsLabel = QLabel(self.visitTab)
        self.otherInvestigatorsLabel.setObjectName(u"otherInvestigatorsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.otherInvestigatorsLabel)

        self.otherInvestigators = QLineEdit(self.visitTab)
        self.otherInvestigators.setObjectName(u"otherInvestigators")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherInvestigators)

        self.membersPresentLabel = QLabel(self.visitTab)
        self.membersPresentLabel.setObjectName(u"membersPresentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.membersPresentLabel)

        self.membersPresent = QLineEdit(self.visitTab)
        self.membersPresent.setObjectName(u"membersPresent")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.membersPresent)

        self.villageWitnessLabel = QLabel(self.visitTab)
        self.villageWitnessLabel.setObjectName(u"villageWitnessLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.villageWitnessLabel)

        self.villageWitness = QLineEdit(self.visitTab)
        self.villageWitness.setObjectName(u"villageWitness")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.villageWitness)

        self.headSignatureLabel = QLabel(self.visitTab)
        self.headSignatureLabel.setObjectName(u"headSignatureLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.headSignatureLabel)

        self.headSignature = QComboBox(self.visitTab)
        self.headSignature.setObjectName(u"headSignature")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.headSignature)

        self.tabs.addTab(self.visitTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.formLayout_2 = QFormLayout(self.findingsTab)
        self.formLayout_2.setObjectName(u"formLayout_2")
        self.housingTypeLabel = QLabel(self.findingsTab)
        self.housingTypeLabel.setObjectName(u"housingTypeLabel")

        self.formLayout_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.housingTypeLabel)

        self.housingType = QComboBox(self.findingsTab)
        self.housingType.setObjectName(u"housingType")

        self.formLayout_2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.housingType)

        self.housingAreaLabel = QLabel(self.findingsTab)
        self.housingAreaLabel.setObjectName(u"housingAreaLabel")

        self.formLayout_2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.housingAreaLabel)

        self.housingArea = QLineEdit(self.findingsTab)
        self.housingArea.setObjectName(u"housingArea")
        self.housingArea.setMaxLength(10)

        self.formLayout_2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.housingArea)

        self.livingLabel = QLabel(self.findingsTab)
        self.livingLabel.setObjectName(u"livingLabel")

        self.formLayout_2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.livingLabel)

        self.living = QPlainTextEdit(self.findingsTab)
        self.living.setObjectName(u"living")
        self.living.setMaximumSize(QSize(16777215, 60))
        self.living.setTabChangesFocus(True)

        self.formLayout_2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.living)

        self.vehiclesLabel = QLabel(self.findingsTab)
        self.vehiclesLabel.setObjectName(u"vehiclesLabel")

        self.formLayout_2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vehiclesLabel)

        self.vehicles = QLineEdit(self.findingsTab)
        self.vehicles.setObjectName(u"vehicles")

        self.formLayout_2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vehicles)

        self.livestockLabel = QLabel(self.findingsTab)
        self.livestockLabel.setObjectName(u"livestockLabel")

        self.formLayout_2.setWidget(4, QFormLayout.ItemRole.LabelRole, self.livestockLabel)

        self.livestock = QLineEdit(self.findingsTab)
        self.livestock.setObjectName(u"livestock")

        self.formLayout_2.setWidget(4, QFormLayout.ItemRole.FieldRole, self.livestock)

        self.depositsLabel = QLabel(self.findingsTab)
        self.depositsLabel.setObjectName(u"depositsLabel")

        self.formLayout_2.setWidget(5, QFormLayout.ItemRole.LabelRole, self.depositsLabel)

        self.deposits = QLineEdit(self.findingsTab)
        self.deposits.setObjectName(u"deposits")
        self.deposits.setMaxLength(14)

        self.formLayout_2.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deposits)

        self.supportersLabel = QLabel(self.findingsTab)
        self.supportersLabel.setObjectName(u"supportersLabel")

        self.formLayout_2.setWidget(6, QFormLayout.ItemRole.LabelRole, self.supportersLabel)

        self.supportersBox = QWidget(self.findingsTab)
        self.supportersBox.setObjectName(u"supportersBox")
        self.verticalLayout = QVBoxLayout(self.supportersBox)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.supportersTable = QTableWidget(self.supportersBox)
        self.supportersTable.setObjectName(u"supportersTable")
        self.supportersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.supportersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.supportersTable.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.supportersTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.supportersTable)

        self.horizontalLayout = QHBoxLayout()
        self.horizontalLayout.setObjectName(u"horizontalLayout")
        self.addSupporter = QPushButton(self.supportersBox)
        self.addSupporter.setObjectName(u"addSupporter")

        self.horizontalLayout.addWidget(self.addSupporter)

        self.removeSupporter = QPushButton(self.supportersBox)
        self.removeSupporter.setObjectName(u"removeSupporter")

        self.horizontalLayout.addWidget(self.removeSupporter)

        self.spacer15 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout.addItem(self.spacer15)


        self.verticalLayout.addLayout(self.horizontalLayout)


        self.formLayout_2.setWidget(6, QFormLayout.ItemRole.FieldRole, self.supportersBox)

        self.causeLabel = QLabel(self.findingsTab)
        self.causeLabel.setObjectName(u"causeLabel")

        self.formLayout_2.setWidget(7, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.cause = QPlainTextEdit(self.findingsTab)
        self.cause.setObjectName(u"cause")
        self.cause.setMaximumSize(QSize(16777215, 60))
        self.cause.setTabChangesFocus(True)

        self.formLayout_2.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cause)

        self.officialRelative = QCheckBox(self.findingsTab)
        self.officialRelative.setObjectName(u"officialRelative")

        self.formLayout_2.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.officialRelative)

        self.neighboursLabel = QLabel(self.findingsTab)
        self.neighboursLabel.setObjectName(u"neighboursLabel")

        self.formLayout_2.setWidget(9, QFormLayout.ItemRole.LabelRole, self.neighboursLabel)

        self.neighbours = QPlainTextEdit(self.findingsTab)
        self.neighbours.setObjectName(u"neighbours")
        self.neighbours.setMaximumSize(QSize(16777215, 60))
        self.neighbours.setTabChangesFocus(True)

        self.formLayout_2.setWidget(9, QFormLayout.ItemRole.FieldRole, self.neighbours)

        self.tabs.addTab(self.findingsTab, "")
        self.conclusionTab = QWidget()
        self.conclusionTab.setObjectName(u"conclusionTab")
        self.verticalLayout_2 = QVBoxLayout(self.conclusionTab)
        self.verticalLayout_2.setObjectName(u"verticalLayout_2")
        self.formLayout_3 = QFormLayout()
        self.formLayout_3.setObjectName(u"formLayout_3")
        self.conclusionLabel = QLabel(self.conclusionTab)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.formLayout_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.conclusionLabel)

        self.conclusion = QComboBox(self.conclusionTab)
        self.conclusion.setObjectName(u"conclusion")

        self.formLayout_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.conclusion)

        self.conclusionTextLabel = QLabel(self.conclusionTab)
        self.conclusionTextLabel.setObjectName(u"conclusionTextLabel")

        self.formLayout_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conclusionTextLabel)

        self.conclusionText = QPlainTextEdit(self.conclusionTab)
        self.conclusionText.setObjectName(u"conclusionText")
        self.conclusionText.setMaximumSize(QSize(16777215, 90))
        self.conclusionText.setTabChangesFocus(True)

        self.formLayout_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conclusionText)


        self.verticalLayout_2.addLayout(self.formLayout_3)

        self.attachmentsLabel = QLabel(self.conclusionTab)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.verticalLayout_2.addWidget(self.attachmentsLabel)

        self.attachmentsTable = QTableWidget(self.conclusionTab)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.attachmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.attachmentsTable.setAlternatingRowColors(True)

        self.verticalLayout_2.addWidget(self.attachmentsTable)

        self.horizontalLayout_2 = QHBoxLayout()
        self.horizontalLayout_2.setObjectName(u"horizontalLayout_2")
        self.addAttachment = QPushButton(self.conclusionTab)
        self.addAttachment.setObjectName(u"addAttachment")

        self.horizontalLayout_2.addWidget(self.addAttachment)

        self.removeAttachment = QPushButton(self.conclusionTab)
        self.removeAttachment.setObjectName(u"removeAttachment")

        self.horizontalLayout_2.addWidget(self.removeAttachment)

        self.spacer16 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout_2.addItem(self.spacer16)


        self.verticalLayout_2.addLayout(self.horizontalLayout_2)

        self.tabs.addTab(self.conclusionTab, "")

        self.verticalLayout_3.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout_3.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.visitDateLabel.setBuddy(self.visitDate)
        self.staffLabel.setBuddy(self.staffList)
        self.otherInvestigatorsLabel.setBuddy(self.otherInvestigators)
        self.membersPresentLabel.setBuddy(self.membersPresent)
        self.villageWitnessLabel.setBuddy(self.villageWitness)
        self.headSignatureLabel.setBuddy(self.headSignature)
        self.housingTypeLabel.setBuddy(self.housingType)
        self.housingAreaLabel.setBuddy(self.housingArea)
        self.livingLabel.setBuddy(self.living)
        self.vehiclesLabel.setBuddy(self.vehicles)
        self.livestockLabel.setBuddy(self.livestock)
        self.depositsLabel.setBuddy(self.deposits)
        self.supportersLabel.setBuddy(self.supportersTable)
        self.causeLabel.setBuddy(self.cause)
        self.neighboursLabel.setBuddy(self.neighbours)
        self.conclusionLabel.setBuddy(self.conclusion)
        self.conclusionTextLabel.setBuddy(self.conclusionText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.visitDate)
        QWidget.setTabOrder(self.visitDate, self.staffList)
        QWidget.setTabOrder(self.staffList, self.otherInvestigators)
        QWidget.setTabOrder(self.otherInvestigators, self.membersPresent)
        QWidget.setTabOrder(self.membersPresent, self.villageWitness)
        QWidget.setTabOrder(self.villageWitness, self.headSignature)
        QWidget.setTabOrder(self.headSignature, self.housingType)
        QWidget.setTabOrder(self.housingType, self.housingArea)
        QWidget.setTabOrder(self.housingArea, self.living)
        QWidget.setTabOrder(self.living, self.vehicles)
        QWidget.setTabOrder(self.vehicles, self.livestock)
        QWidget.setTabOrder(self.livestock, self.deposits)
        QWidget.setTabOrder(self.deposits, self.supportersTable)
        QWidget.setTabOrder(self.supportersTable, self.addSupporter)
        QWidget.setTabOrder(self.addSupporter, self.removeSupporter)
        QWidget.setTabOrder(self.removeSupporter, self.cause)
        QWidget.setTabOrder(self.cause, self.officialRelative)
        QWidget.setTabOrder(self.officialRelative, self.neighbours)
        QWidget.setTabOrder(self.neighbours, self.conclusion)
        QWidget.setTabOrder(self.conclusion, self.conclusionText)
        QWidget.setTabOrder(self.conclusionText, self.attachmentsTable)
        QWidget.setTabOrder(self.attachmentsTable, self.addAttachment)
        QWidget.setTabOrder(self.addAttachment, self.removeAttachment)
        QWidget.setTabOrder(self.removeAttachment, self.buttonBox)

        self.retranslateUi(VisitDialog)
        self.buttonBox.rejected.connect(VisitDialog.reject)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Home visit", None))
        self.visitDateLabel.setText(QCoreApplication.translate("VisitDialog", u"Visit &date", None))
        self.staffLabel.setText(QCoreApplication.translate("VisitDialog", u"&Investigators (at least two)", None))
        self.otherInvestigatorsLabel.setText(QCoreApplication.translate("VisitDialog", u"&Other investigators", None))
        self.otherInvestigators.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Names, separated by commas", None))
        self.membersPresentLabel.setText(QCoreApplication.translate("VisitDialog", u"&Members present", None))
        self.villageWitnessLabel.setText(QCoreApplication.translate("VisitDialog", u"&Village cadre present", None))
        self.headSignatureLabel.setText(QCoreApplication.translate("VisitDialog", u"Household head &signed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.visitTab), QCoreApplication.translate("VisitDialog", u"Visit", None))
        self.housingTypeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Housing", None))
        self.housingAreaLabel.setText(QCoreApplication.translate("VisitDialog", u"Housing a&rea (m\u00b2)", None))
        self.livingLabel.setText(QCoreApplication.translate("VisitDialog", u"&Living conditions", None))
        self.vehiclesLabel.setText(QCoreApplication.translate("VisitDialog", u"Vehicles and &machinery", None))
        self.livestockLabel.setText(QCoreApplication.translate("VisitDialog", u"L&ivestock", None))
        self.depositsLabel.setText(QCoreApplication.translate("VisitDialog", u"&Deposits (yuan)", None))
        self.supportersLabel.setText(QCoreApplication.translate("VisitDialog", u"&Supporters with a legal duty", None))
        self.addSupporter.setText(QCoreApplication.translate("VisitDialog", u"Add supporter", None))
        self.removeSupporter.setText(QCoreApplication.translate("VisitDialog", u"Remove", None))
        self.causeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Cause of hardship", None))
        self.officialRelative.setText(QCoreApplication.translate("VisitDialog", u"A member is a close relative of staff or village officials", None))
        self.neighboursLabel.setText(QCoreApplication.translate("VisitDialog", u"&Neighbours interviewed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("VisitDialog", u"Findings", None))
        self.conclusionLabel.setText(QCoreApplication.translate("VisitDialog", u"&Conclusion", None))
        self.conclusionTextLabel.setText(QCoreApplication.translate("VisitDialog", u"&Reasons", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("VisitDialog", u"Photos and scans (kept in the database with a checksum that shows the file is unchanged)", None))
        self.addAttachment.setText(QCoreApplication.translate("VisitDialog", u"Add &files\u2026", None))
        self.removeAttachment.setText(QCoreApplication.translate("VisitDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conclusionTab), QCoreApplication.translate("VisitDialog", u"Conclusion and attachments", None))
    # retranslateUi

