"""Errors a person reads: domain error codes turned into sentences, and the one error dialog.

Every DomainError carries a code and parameters; ``MESSAGES`` holds one
English sentence per code (the translation source) and the Chinese comes from
resources/i18n through Qt, formatted with the error's parameters. A code not
in the table falls back to the error's own English message, so nothing is
ever shown blank. Unexpected exceptions get one calm sentence and the
traceback under "details".
"""
from __future__ import annotations

import logging
import re
import traceback
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.money import format_yuan

log = logging.getLogger(__name__)

MESSAGES: dict[str, str] = {
    # ID numbers
    "id.length": QT_TRANSLATE_NOOP("Errors", "An ID number has 18 characters; this one has {length}."),
    "id.chars": QT_TRANSLATE_NOOP("Errors", "An ID number is 17 digits followed by a digit or X."),
    "id.region": QT_TRANSLATE_NOOP("Errors", "The first six digits {region} are not a valid region code."),
    "id.date": QT_TRANSLATE_NOOP("Errors", "The birth date {birth} in the ID number is not a calendar date."),
    "id.future": QT_TRANSLATE_NOOP("Errors", "The birth date {birth} in the ID number is in the future."),
    "id.check": QT_TRANSLATE_NOOP("Errors", "The number does not check out (its last character does not fit the other 17). Compare the whole number with the ID card."),
    # members and households
    "member.name": QT_TRANSLATE_NOOP("Errors", "Enter the member's name."),
    "member.relation": QT_TRANSLATE_NOOP("Errors", "Choose the relation to the household head."),
    "member.birth_date": QT_TRANSLATE_NOOP("Errors", "The birth date does not match the ID number."),
    "member.sex": QT_TRANSLATE_NOOP("Errors", "The sex does not match the ID number."),
    "member.duplicate_id": QT_TRANSLATE_NOOP("Errors", "Another member has the same ID number."),
    "member.missing": QT_TRANSLATE_NOOP("Errors", "This member no longer exists."),
    "member.unknown": QT_TRANSLATE_NOOP("Errors", "This member is not in the household."),
    "member.required": QT_TRANSLATE_NOOP("Errors", "Choose the member the support is for."),
    "household.no_members": QT_TRANSLATE_NOOP("Errors", "A household needs at least one member."),
    "household.head": QT_TRANSLATE_NOOP("Errors", "Exactly one member must be the household head."),
    "household.empty": QT_TRANSLATE_NOOP("Errors", "The household has no members."),
    "household.village": QT_TRANSLATE_NOOP("Errors", "Choose a village from the list."),
    "household.staff_relative_note": QT_TRANSLATE_NOOP("Errors", "Say whose relative the applicant is (name and post of the staff member)."),
    "household.missing": QT_TRANSLATE_NOOP("Errors", "This household no longer exists."),
    "household.foreign": QT_TRANSLATE_NOOP("Errors", "This household belongs to another office and cannot be changed here."),
    "household.role": QT_TRANSLATE_NOOP("Errors", "Only township caseworkers and reviewers record households."),
    "household.changed": QT_TRANSLATE_NOOP("Errors", "Someone else changed this household in the meantime. Close the form and open it again."),
    "housing.type": QT_TRANSLATE_NOOP("Errors", "Choose a housing type from the list."),
    "housing.area": QT_TRANSLATE_NOOP("Errors", "The housing area must be a number of square metres, not negative."),
    "disability.type": QT_TRANSLATE_NOOP("Errors", "Choose the type of disability."),
    "disability.grade": QT_TRANSLATE_NOOP("Errors", "The disability grade is 1 to 4."),
    "disability.incomplete": QT_TRANSLATE_NOOP("Errors", "A disability needs both its type and its grade."),
    "selfcare.item": QT_TRANSLATE_NOOP("Errors", "Unknown self-care item."),
    # income, assets, money
    "income.category": QT_TRANSLATE_NOOP("Errors", "Choose an income category."),
    "income.negative": QT_TRANSLATE_NOOP("Errors", "Income must not be negative."),
    "income.member": QT_TRANSLATE_NOOP("Errors", "This income belongs to a member who is not in the household."),
    "income.employment_category": QT_TRANSLATE_NOOP("Errors", "Only wages or business income can come from new employment."),
    "income.employment_start": QT_TRANSLATE_NOOP("Errors", "The new employment starts after the assessment date."),
    "income.disregard_months": QT_TRANSLATE_NOOP("Errors", "The disregard period is 0 to 12 months."),
    "asset.kind": QT_TRANSLATE_NOOP("Errors", "Choose the kind of asset."),
    "asset.negative": QT_TRANSLATE_NOOP("Errors", "The value must not be negative."),
    "asset.quantity": QT_TRANSLATE_NOOP("Errors", "The quantity is at least 1."),
    "money.format": QT_TRANSLATE_NOOP("Errors", "Enter an amount in yuan, such as 1060 or 1060.50."),
    "money.negative": QT_TRANSLATE_NOOP("Errors", "The amount must not be negative."),
    "money.precision": QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimals (fen)."),
    "amount.required": QT_TRANSLATE_NOOP("Errors", "Enter the amount."),
    "amount.item": QT_TRANSLATE_NOOP("Errors", "Every item needs a name."),
    "amount.not_raised": QT_TRANSLATE_NOOP("Errors", "The new amount must be higher than the current one."),
    "amount.not_reduced": QT_TRANSLATE_NOOP("Errors", "The new amount must be lower than the current one and above zero; stop the payment instead."),
    "amount.persons": QT_TRANSLATE_NOOP("Errors", "The number of persons must be at least 1."),
    "dibao.no_covered": QT_TRANSLATE_NOOP("Errors", "No member is marked as covered by the benefit."),
    "dibao.method": QT_TRANSLATE_NOOP("Errors", "Unknown dibao calculation method."),
    "dibao.bands": QT_TRANSLATE_NOOP("Errors", "The county's dibao bands are not set up correctly."),
    "standard.missing": QT_TRANSLATE_NOOP("Errors", "No assistance standard is in force for this county and date; sync the reference data from the city server."),
    "standard.county": QT_TRANSLATE_NOOP("Errors", "Not a Lishui county."),
    "standard.kind": QT_TRANSLATE_NOOP("Errors", "Unknown kind of standard."),
    "standard.negative": QT_TRANSLATE_NOOP("Errors", "A standard must not be negative."),
    "assistance.type": QT_TRANSLATE_NOOP("Errors", "Choose a type of assistance."),
    # applications and the procedure
    "application.type": QT_TRANSLATE_NOOP("Errors", "Choose a type of assistance."),
    "application.applicant": QT_TRANSLATE_NOOP("Errors", "The applicant must be a member of the household."),
    "application.duplicate": QT_TRANSLATE_NOOP("Errors", "This household already has an open case of this type."),
    "application.future": QT_TRANSLATE_NOOP("Errors", "The application date must not be in the future."),
    "application.missing": QT_TRANSLATE_NOOP("Errors", "This case no longer exists."),
    "application.role": QT_TRANSLATE_NOOP("Errors", "Only township staff take applications."),
    "application.foreign": QT_TRANSLATE_NOOP("Errors", "This case belongs to another office."),
    "application.changed": QT_TRANSLATE_NOOP("Errors", "The case changed since you opened it. It has been reloaded; check it and try again."),
    "workflow.state": QT_TRANSLATE_NOOP("Errors", "This step is not possible while the case is \"{state_label}\"."),
    "workflow.role": QT_TRANSLATE_NOOP("Errors", "Your role ({role_label}) may not do this step."),
    "duty.separation": QT_TRANSLATE_NOOP("Errors", "You took in, investigated or reviewed this case, so you may not decide it."),
    "duty.county_visit": QT_TRANSLATE_NOOP("Errors", "The applicant is a relative of staff: the county must visit the household in person before deciding."),
    "reasons.required": QT_TRANSLATE_NOOP("Errors", "Give at least one written reason."),
    "materials.required": QT_TRANSLATE_NOOP("Errors", "List every missing material at once."),
    "visit.investigators": QT_TRANSLATE_NOOP("Errors", "A home visit needs at least {minimum} investigators."),
    "visit.future": QT_TRANSLATE_NOOP("Errors", "The visit date must not be in the future."),
    "stop.notice_required": QT_TRANSLATE_NOOP("Errors", "Stopping tekun support needs its 7-day notice first: give the day it was posted."),
    "stop.notice_running": QT_TRANSLATE_NOOP("Errors", "The 7-day notice of the stop runs until {notice_end}; stop the support after that."),
    "income.city_category": QT_TRANSLATE_NOOP("Errors", "This income category is not on the city's list of exclusions."),
    "dibian.multiple": QT_TRANSLATE_NOOP("Errors", "The near-dibao multiple is a number from 1 to 3, such as 1.5."),
    "taper.months": QT_TRANSLATE_NOOP("Errors", "The taper lasts 0 to 6 months."),
    "taper.not_paid": QT_TRANSLATE_NOOP("Errors", "A taper period continues the benefit of a household being "
                                        "paid: it is chosen at the periodic review."),
    "taper.single": QT_TRANSLATE_NOOP("Errors", "A taper period applies to the household, not to a member "
                                      "covered alone."),
    "single.member": QT_TRANSLATE_NOOP("Errors", "The member covered alone is not in this household."),
    "single.member_required": QT_TRANSLATE_NOOP("Errors", "Choose the member covered alone."),
    "benefit.option": QT_TRANSLATE_NOOP("Errors", "This choice does not apply to this type of assistance."),
    "assets.limit": QT_TRANSLATE_NOOP("Errors", "A property limit is a whole number and not negative."),
    "extend.twice": QT_TRANSLATE_NOOP("Errors", "The time limit was already extended to 45 working days."),
    "delivery.recorded": QT_TRANSLATE_NOOP("Errors", "The delivery of this decision is already recorded."),
    "delivery.date": QT_TRANSLATE_NOOP("Errors", "Give the day of delivery; it must not be in the future."),
    "delivery.before_decision": QT_TRANSLATE_NOOP("Errors", "The delivery cannot be before the decision ({decided_on})."),
    "delivery.method": QT_TRANSLATE_NOOP("Errors", "Say how the notice was delivered."),
    "delivery.recipient": QT_TRANSLATE_NOOP("Errors", "Name the person who signed for the notice."),
    "limits.range": QT_TRANSLATE_NOOP("Errors", "A time limit is 1 to 60 working days."),
    "limits.decision": QT_TRANSLATE_NOOP("Errors", "The decision limit cannot be longer than the whole procedure."),
    "review.no_visit": QT_TRANSLATE_NOOP("Errors", "The preliminary review needs a home visit by at least two investigators first."),
    "review.recommend": QT_TRANSLATE_NOOP("Errors", "Say whether the review recommends approval."),
    "publish.not_recommended": QT_TRANSLATE_NOOP("Errors", "Only a case the review recommends is published; hand it up instead."),
    "handup.notice_required": QT_TRANSLATE_NOOP("Errors", "A recommended case must pass the 7-day public notice first."),
    "notice.running": QT_TRANSLATE_NOOP("Errors", "The 7-day public notice has not ended yet (last day {notice_end})."),
    "decision.start_month": QT_TRANSLATE_NOOP("Errors", "Payment starts in the month after the decision ({expected}); it is not typed."),
    "decision.effective_month": QT_TRANSLATE_NOOP("Errors", "The change takes effect at the latest from {expected}, and not before the case's first month of payment."),
    "notice.overpaid": QT_TRANSLATE_NOOP("Errors", "The overpayment on the notice needs its amount and the months it covers."),
    "recovery.receipt": QT_TRANSLATE_NOOP("Errors", "Give the receipt number of the repayment."),
    "recovery.future": QT_TRANSLATE_NOOP("Errors", "The day of the repayment is in the future."),
    "recovery.in_roll": QT_TRANSLATE_NOOP("Errors", "The case is still paid: its overpayment is offset in the next rolls."),
    "recovery.none": QT_TRANSLATE_NOOP("Errors", "The case has no overpayment to recover."),
    "recovery.amount": QT_TRANSLATE_NOOP("Errors", "The amount recovered is above zero and at most the {outstanding_fen} yuan outstanding."),
    "amount.above_ceiling": QT_TRANSLATE_NOOP("Errors", "The amount is above the most the rules allow for this case ({ceiling_fen} yuan)."),
    "amount.reason_required": QT_TRANSLATE_NOOP("Errors", "The amount differs from the review's {proposed_fen} yuan: write the reason (kept in the audit, not printed)."),
    "notice.before_review": QT_TRANSLATE_NOOP("Errors", "The notice cannot start before the preliminary review ({reviewed_on})."),
    "notice.backdate_reason": QT_TRANSLATE_NOOP("Errors", "The notice started {days} days ago: write why it is entered late (it is shown as backdated)."),
    "notice.start_date": QT_TRANSLATE_NOOP("Errors", "Give the first day of the notice."),
    "notice.several_periods": QT_TRANSLATE_NOOP("Errors", "The village's cases are in different notice periods ({periods}): each period gets its own list."),
    "notice.correction_reason": QT_TRANSLATE_NOOP("Errors", "A correction needs its reason."),
    "notice.superseded": QT_TRANSLATE_NOOP("Errors", "This notice was already corrected; correct the one that replaced it."),
    "notice.issuer": QT_TRANSLATE_NOOP("Errors", "This notice is issued by {issuer}."),
    "member.name_too_long": QT_TRANSLATE_NOOP("Errors", "A name has at most {limit} characters; this one has {length}."),
    "member.other_household": QT_TRANSLATE_NOOP("Errors", "This person already lives in the household of {head_name} ({village} {address}). Record them as moved out there first."),
    "member.left_on": QT_TRANSLATE_NOOP("Errors", "Give the day the member moved out (between their birth and today)."),
    "member.left_reason": QT_TRANSLATE_NOOP("Errors", "Say why the member left (moved, married, died …)."),
    "member.left_head": QT_TRANSLATE_NOOP("Errors", "Choose another household head before the head moves out."),
    "member.remove_applicant": QT_TRANSLATE_NOOP("Errors", "{name} is the applicant of a case: record them as moved out with the date and reason instead."),
    "income.member_left": QT_TRANSLATE_NOOP("Errors", "The member has moved out; their income is no longer the household's."),
    "household.village_required": QT_TRANSLATE_NOOP("Errors", "Choose the household's village (notices are printed and posted per village)."),
    "amount.zero": QT_TRANSLATE_NOOP("Errors", "An approval grants an amount above zero; refuse the case instead."),
    "attachment.name": QT_TRANSLATE_NOOP("Errors", "An attachment needs a file name."),
    "attachment.empty": QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP("Errors", "The file {name} is larger than {limit_mb} MB."),
    "attachment.missing": QT_TRANSLATE_NOOP("Errors", "This attachment no longer exists."),
    "attachment.blob_missing": QT_TRANSLATE_NOOP("Errors", "The file's contents are not in this database."),
    "appraisal.panel": QT_TRANSLATE_NOOP("Errors", "Village representatives must be at least two thirds of the appraisal panel."),
    "appraisal.size": QT_TRANSLATE_NOOP("Errors", "Give the number of panel members (at least 3)."),
    "appraisal.votes": QT_TRANSLATE_NOOP("Errors", "There cannot be more votes for than panel members ({maximum})."),
    "appraisal.result": QT_TRANSLATE_NOOP("Errors", "Choose whether the appraisal agrees with the application."),
    "appraisal.number": QT_TRANSLATE_NOOP("Errors", "Give a whole number."),
    "notice.start": QT_TRANSLATE_NOOP("Errors", "The notice cannot start after today."),
    # accounts and the site
    "login.failed": QT_TRANSLATE_NOOP("Errors", "Wrong account or password."),
    "login.failed_left": QT_TRANSLATE_NOOP("Errors", "Wrong account or password. {left} tries left before the account is locked."),
    "login.locked": QT_TRANSLATE_NOOP("Errors", "The account is locked after repeated failures until {until}. Ask the administrator or wait."),
    "login.required": QT_TRANSLATE_NOOP("Errors", "Enter your account and password."),
    "password.short": QT_TRANSLATE_NOOP("Errors", "A password has at least 8 characters."),
    "password.weak": QT_TRANSLATE_NOOP("Errors", "A password mixes letters and digits."),
    "password.same": QT_TRANSLATE_NOOP("Errors", "Choose a password different from the old one."),
    "password.old_wrong": QT_TRANSLATE_NOOP("Errors", "The current password is wrong."),
    "password.mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords differ."),
    "user.username": QT_TRANSLATE_NOOP("Errors", "An account name has 3 to 32 letters, digits, '.', '_' or '-'."),
    "user.display_name": QT_TRANSLATE_NOOP("Errors", "Enter the person's name."),
    "user.role": QT_TRANSLATE_NOOP("Errors", "Choose a role."),
    "user.exists": QT_TRANSLATE_NOOP("Errors", "This account name is taken."),
    "user.missing": QT_TRANSLATE_NOOP("Errors", "This account no longer exists."),
    "user.admin_only": QT_TRANSLATE_NOOP("Errors", "Only an administrator may do this."),
    "trial.exists": QT_TRANSLATE_NOOP("Errors", "The folder for the trial is not empty; choose a new folder."),
    "trial.server": QT_TRANSLATE_NOOP("Errors", "The trial's city server did not start or answer; its log "
                                                "is in the trial folder."),
    "trial.sync": QT_TRANSLATE_NOOP("Errors", "A sync of the trial did not go through cleanly."),
    "member.reveal_denied": QT_TRANSLATE_NOOP("Errors", "Your role does not read full ID numbers."),
    "export.reveal_denied": QT_TRANSLATE_NOOP("Errors", "Your role may not export full ID numbers; "
                                                        "export the list with them masked."),
    "export.suffix": QT_TRANSLATE_NOOP("Errors", "The file name must end in .xlsx."),
    "export.folder": QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
    "user.self_disable": QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."),
    "user.self_role": QT_TRANSLATE_NOOP("Errors", "You cannot take away your own administrator role."),
    "site.code": QT_TRANSLATE_NOOP("Errors", "Choose a Lishui township or county."),
    "site.exists": QT_TRANSLATE_NOOP("Errors", "This database is already set up."),
    "site.name": QT_TRANSLATE_NOOP("Errors", "Enter the office's name."),
    "site.server_url": QT_TRANSLATE_NOOP("Errors", "The address starts with http:// or https://."),
    "site.not_set_up": QT_TRANSLATE_NOOP("Errors", "This database has no site yet; run the first-time setup."),
    "settings.idle_minutes": QT_TRANSLATE_NOOP("Errors", "The idle lock is {minimum} to {maximum} minutes."),
    "settings.backup_keep": QT_TRANSLATE_NOOP("Errors", "Keep {minimum} to {maximum} backups."),
    "region.unknown": QT_TRANSLATE_NOOP("Errors", "Not a Lishui county, township or village code."),
    "region.county": QT_TRANSLATE_NOOP("Errors", "Not a Lishui county code."),
    "region.township": QT_TRANSLATE_NOOP("Errors", "Not a Lishui township code."),
    "village.code": QT_TRANSLATE_NOOP("Errors", "A village code has 12 digits."),
    "backup.missing": QT_TRANSLATE_NOOP("Errors", "The file does not exist."),
    "backup.corrupt": QT_TRANSLATE_NOOP("Errors", "The backup file is damaged and cannot be restored."),
    "backup.schema": QT_TRANSLATE_NOOP("Errors", "This file is not a caseworker database."),
    "backup.plain": QT_TRANSLATE_NOOP("Errors", "This backup is not encrypted and is not restored over an encrypted database."),
    "backup.other_key": QT_TRANSLATE_NOOP("Errors", "This backup was made under an earlier database key. Restore it from the command line: lishui-desktop restore --user NAME FILE."),
    # the encrypted database and its keys
    "login.no_key": QT_TRANSLATE_NOOP("Errors", "This account has no key to this database yet. Ask the administrator to reset your password."),
    "db.locked": QT_TRANSLATE_NOOP("Errors", "The database is encrypted; sign in to open it."),
    "db.plain": QT_TRANSLATE_NOOP("Errors", "This database is not encrypted yet. The administrator encrypts it first: lishui-desktop encrypt --user NAME (a backup is made first)."),
    "db.damaged": QT_TRANSLATE_NOOP("Errors", "The database file is damaged or does not belong to its key file."),
    "db.missing": QT_TRANSLATE_NOOP("Errors", "The database file is missing."),
    "db.no_keyfile": QT_TRANSLATE_NOOP("Errors", "The key file beside the database is missing. Restore the latest backup (lishui-desktop restore), or put the key file back."),
    "db.keyfile_corrupt": QT_TRANSLATE_NOOP("Errors", "The key file beside the database is damaged. Restore the latest backup with its key file."),
    "db.disk_full": QT_TRANSLATE_NOOP("Errors", "The disk is full: nothing was saved. Free some space on {folder} (or ask IT), then do it again."),
    "db.io": QT_TRANSLATE_NOOP("Errors", "The database could not be written: nothing was saved. Check the disk, then do it again."),
    "cli.password": QT_TRANSLATE_NOOP("Errors", "No password was given: type it at the prompt, or set the environment variable named in the message."),
    "cli.user": QT_TRANSLATE_NOOP("Errors", "This command needs an administrator account: add --user NAME."),
    "db.not_plain": QT_TRANSLATE_NOOP("Errors", "This database is already encrypted."),
    "db.keyfile_exists": QT_TRANSLATE_NOOP("Errors", "A key file for this database exists already; it is not replaced."),
    "db.exists": QT_TRANSLATE_NOOP("Errors", "A database file exists at this place already; choose another file name."),
    "recovery.not_admin": QT_TRANSLATE_NOOP("Errors", "This account is not an administrator; the recovery code resets administrators only."),
    "service.key_mode": QT_TRANSLATE_NOOP("Errors", "The service key file can be read by other users of this computer: set it up again (lishui-desktop service-key --enable)."),
    "db.keyfile_format": QT_TRANSLATE_NOOP("Errors", "The key file beside the database is of an unknown format: this program may be too old for it."),
    "service.none": QT_TRANSLATE_NOOP("Errors", "This computer has no service key for the database (lishui-desktop service-key --enable)."),
    "service.wrong": QT_TRANSLATE_NOOP("Errors", "The service key on this computer does not open this database."),
    "recovery.wrong": QT_TRANSLATE_NOOP("Errors", "The recovery code does not open this database."),
    "calendar.kind": QT_TRANSLATE_NOOP("Errors", "Unknown calendar entry."),
    "calendar.overlap": QT_TRANSLATE_NOOP("Errors", "A day is both a holiday and a working day in the calendar."),
    # printed notices
    "notice.kind": QT_TRANSLATE_NOOP("Errors", "This kind of notice is not printed here."),
    "notice.state": QT_TRANSLATE_NOOP("Errors", "A {kind_label} is not issued while the case is \"{state_label}\"."),
    "notice.no_decision": QT_TRANSLATE_NOOP("Errors", "The case has no decision this notice could state yet."),
    "notice.no_review": QT_TRANSLATE_NOOP("Errors", "No review of this case ended in continuing its benefit."),
    "notice.nothing_to_publish": QT_TRANSLATE_NOOP("Errors", "No case of this type is in its public notice in this village."),
    "notice.role": QT_TRANSLATE_NOOP("Errors", "Only caseworkers, reviewers and approvers issue notices."),
    "notice.missing": QT_TRANSLATE_NOOP("Errors", "This notice no longer exists."),
    "notice.signature": QT_TRANSLATE_NOOP("Errors", "The notice's signature is not valid."),
    # sync with the city server
    "sync.not_configured": QT_TRANSLATE_NOOP("Errors", "This office is not connected to the city server yet: the administrator enters the server address and the office's token on the Sync page."),
    "sync.token": QT_TRANSLATE_NOOP("Errors", "Enter the token the city issued for this office."),
    "sync.register_failed": QT_TRANSLATE_NOOP("Errors", "The city server did not accept this office's token. Check the address and the token (ask the city for a new one if needed)."),
    "sync.wrong_site": QT_TRANSLATE_NOOP("Errors", "This token belongs to another office ({site_code})."),
    "sync.server_url_required": QT_TRANSLATE_NOOP("Errors", "With a token, enter the city server's address too."),
    "bundle.refused": QT_TRANSLATE_NOOP("Errors", "The acknowledgement file was refused (it is damaged, or for another office); nothing was applied."),
    "conflict.role": QT_TRANSLATE_NOOP("Errors", "Only township staff and the administrator resolve sync conflicts."),
    "conflict.choice": QT_TRANSLATE_NOOP("Errors", "Choose which version to keep for every item."),
    "conflict.missing": QT_TRANSLATE_NOOP("Errors", "This conflict has already been resolved."),
    "conflict.record_missing": QT_TRANSLATE_NOOP("Errors", "The record of this conflict no longer exists here."),
    "refusal.missing": QT_TRANSLATE_NOOP("Errors", "This refusal has already been dealt with."),
    "sync.insecure_url": QT_TRANSLATE_NOOP("Errors", "This address is plain http: the token and the "
                                           "households' data would cross the network unencrypted. Use "
                                           "https://, or ask the administrator to set the site up as "
                                           "insecure on purpose."),
    "sync.tls": QT_TRANSLATE_NOOP("Errors", "The server's certificate is not trusted; set up the "
                                  "city's CA file."),
    "sync.ca_file": QT_TRANSLATE_NOOP("Errors", "The CA file cannot be read or is not a PEM "
                                      "certificate."),
    "refusal.record_gone": QT_TRANSLATE_NOOP("Errors", "The refused record is no longer on "
                                             "this computer; dismiss the refusal."),
    # codes found by tests/gui/test_gui_error_messages.py without a sentence
    "amount.negative": QT_TRANSLATE_NOOP("Errors", "An amount must not be negative."),
    "db.missing": QT_TRANSLATE_NOOP("Errors", "There is no database at this place."),
    "decision.missing": QT_TRANSLATE_NOOP("Errors", "This decision no longer exists."),
    "notice.format": QT_TRANSLATE_NOOP("Errors", "The notice's QR code cannot be read, or it is not a notice of ours."),
    "notice.key": QT_TRANSLATE_NOOP("Errors", "This office's signing key is damaged."),
    "notice.tool": QT_TRANSLATE_NOOP("Errors", "The PDF tool pdftoppm is missing (Debian package poppler-utils)."),
    "notice.unknown_site": QT_TRANSLATE_NOOP("Errors", "The notice was issued by office {site}, whose key this computer does not know."),
    "review.already_open": QT_TRANSLATE_NOOP("Errors", "This case already has a review under way."),
    "review.continue_amount": QT_TRANSLATE_NOOP("Errors", "Continuing unchanged keeps the current amount."),
    "review.missing": QT_TRANSLATE_NOOP("Errors", "This review no longer exists."),
    "review.not_active": QT_TRANSLATE_NOOP("Errors", "Only a case receiving assistance is reviewed."),
    "review.not_proposed": QT_TRANSLATE_NOOP("Errors", "The township's proposal comes first."),
    "review.note": QT_TRANSLATE_NOOP("Errors", "Say what was reported: who, what and when."),
    "review.outcome": QT_TRANSLATE_NOOP("Errors", "Choose the outcome of the review."),
    "review.propose_role": QT_TRANSLATE_NOOP("Errors", "The township reviewer makes the proposal."),
    "review.reported_future": QT_TRANSLATE_NOOP("Errors", "The report date must not be in the future."),
    "review.role": QT_TRANSLATE_NOOP("Errors", "Reviews are carried out by township staff."),
    "review.state": QT_TRANSLATE_NOOP("Errors", "The visit is recorded before the proposal."),
    "review.trigger": QT_TRANSLATE_NOOP("Errors", "Choose why the case is reviewed."),
    "visit.before_review": QT_TRANSLATE_NOOP("Errors", "The visit cannot be before the review was opened."),
    "visit.date": QT_TRANSLATE_NOOP("Errors", "Give the day of the county's visit (not in the future)."),
    # payroll, bank returns, monthly reports
    "payroll.month": QT_TRANSLATE_NOOP("Errors", "Give the month as YYYY-MM."),
    "bank.account": QT_TRANSLATE_NOOP("Errors", "The account number has 10 to 30 digits."),
    "payroll.role": QT_TRANSLATE_NOOP("Errors", "The township's staff build and check the payment roll."),
    "payroll.type": QT_TRANSLATE_NOOP("Errors", "This kind of assistance has no payment roll."),
    "payroll.missing": QT_TRANSLATE_NOOP("Errors", "This payment roll no longer exists."),
    "payroll.frozen": QT_TRANSLATE_NOOP("Errors", "The roll of {month} is approved and frozen; corrections go into a later month's roll."),
    "bank.name": QT_TRANSLATE_NOOP("Errors", "Give the bank (开户银行)."),
    "payroll.sign_off_role": QT_TRANSLATE_NOOP("Errors", "The township reviewer signs the roll off."),
    "payroll.approve_role": QT_TRANSLATE_NOOP("Errors", "The county approves the roll."),
    "bank.missing": QT_TRANSLATE_NOOP("Errors", "The household has no bank account for payments."),
    "payroll.previous_open": QT_TRANSLATE_NOOP("Errors", "The roll of {month} is not approved yet; months are paid in order."),
    "payroll.state": QT_TRANSLATE_NOOP("Errors", "The roll is already signed off."),
    "payroll.problems": QT_TRANSLATE_NOOP("Errors", "{count} lines need attention before the sign-off."),
    "payroll.empty": QT_TRANSLATE_NOOP("Errors", "The roll has no payments."),
    "payroll.rebuild": QT_TRANSLATE_NOOP("Errors", "The roll was built before its lines were synchronised; build it again before signing it off."),
    "payroll.approved_here": QT_TRANSLATE_NOOP("Errors", "This county has approved the roll already; the township freezes it at its next sync."),
    "payroll.lines_missing": QT_TRANSLATE_NOOP("Errors", "The roll's {expected} lines have not arrived yet; synchronise, then approve."),
    "payroll.lines_differ": QT_TRANSLATE_NOOP("Errors", "The roll's lines held here ({held}) do not match its header ({expected} lines; {part} differs); synchronise again, or return the roll to the township."),
    "payroll.not_signed_off": QT_TRANSLATE_NOOP("Errors", "The township has not signed the roll off yet."),
    "payroll.county": QT_TRANSLATE_NOOP("Errors", "A county approves only its own townships' rolls."),
    "payroll.not_approved": QT_TRANSLATE_NOOP("Errors", "Only an approved roll goes to the bank."),
    "failure.missing": QT_TRANSLATE_NOOP("Errors", "This failed payment no longer exists."),
    "failure.state": QT_TRANSLATE_NOOP("Errors", "This payment was already corrected."),
    "bank.holder": QT_TRANSLATE_NOOP("Errors", "The account holder is not a member of the household."),
    "payroll.signed_off": QT_TRANSLATE_NOOP("Errors", "The roll is signed off; withdraw the sign-off to rebuild it."),
    "return.result": QT_TRANSLATE_NOOP("Errors", "Row {row}: 发放结果 must be 成功 or 失败."),
    "return.amount": QT_TRANSLATE_NOOP("Errors", "Row {row}: 发放金额 is not an amount."),
    "payroll.format": QT_TRANSLATE_NOOP("Errors", "Choose one of the offered file formats."),
    "return.empty": QT_TRANSLATE_NOOP("Errors", "The bank's return file is empty."),
    "return.header": QT_TRANSLATE_NOOP("Errors", "The bank's return file lacks the column {column}."),
    "settings.admin_only": QT_TRANSLATE_NOOP("Errors", "Only an administrator changes settings."),
    "settings.city_reference": QT_TRANSLATE_NOOP("Errors", "The city hands down this figure for the county "
                                                 "({source}): it is changed at the city, not here."),
    "county_rules.payload": QT_TRANSLATE_NOOP("Errors", "The county figures record is damaged."),
    "county_rules.county": QT_TRANSLATE_NOOP("Errors", "{value} is not a Lishui county code."),
    "county_rules.figures": QT_TRANSLATE_NOOP("Errors", "Set at least one figure."),
    "county_rules.unknown": QT_TRANSLATE_NOOP("Errors", "This record cannot set that figure."),
    "county_rules.source": QT_TRANSLATE_NOOP("Errors", "Name the city's document the figures come from."),
    "county_rules.set_on": QT_TRANSLATE_NOOP("Errors", "The day the figures were set is not a date."),
    "county_rules.flag": QT_TRANSLATE_NOOP("Errors", "Answer yes or no."),
    "report.format": QT_TRANSLATE_NOOP("Errors", "The report is written as .xlsx or .pdf."),
    "report.role": QT_TRANSLATE_NOOP("Errors", "Case staff file the monthly report."),
    # data cross-check (信息核对)
    "crosscheck.authorised_on": QT_TRANSLATE_NOOP("Errors", "Give the day the authorisation for the data cross-check was signed."),
    "crosscheck.signer": QT_TRANSLATE_NOOP("Errors", "Name who signed the authorisation for the data cross-check."),
    "crosscheck.future": QT_TRANSLATE_NOOP("Errors", "The date is in the future."),
    "crosscheck.before_request": QT_TRANSLATE_NOOP("Errors", "The day checked ({source}) is before the request ({requested_on})."),
    "crosscheck.checked_on": QT_TRANSLATE_NOOP("Errors", "Give the day {source} was checked."),
    "crosscheck.county": QT_TRANSLATE_NOOP("Errors", "The county records cross-check results only for its own townships."),
    "crosscheck.detail": QT_TRANSLATE_NOOP("Errors", "{source}: say what the record found is."),
    "crosscheck.detail_long": QT_TRANSLATE_NOOP("Errors", "{source}: the description is too long (at most 500 characters)."),
    "crosscheck.file": QT_TRANSLATE_NOOP("Errors", "{name} is not an xlsx workbook."),
    "crosscheck.file_empty": QT_TRANSLATE_NOOP("Errors", "The result file is empty."),
    "crosscheck.header": QT_TRANSLATE_NOOP("Errors", "The result file lacks the column {column}."),
    "crosscheck.import_rows": QT_TRANSLATE_NOOP("Errors", "The result file has {count} problems; nothing was imported. First: {first}"),
    "crosscheck.missing": QT_TRANSLATE_NOOP("Errors", "This cross-check request no longer exists."),
    "crosscheck.nothing_to_export": QT_TRANSLATE_NOOP("Errors", "No cross-check request is waiting for a result."),
    "crosscheck.outcome": QT_TRANSLATE_NOOP("Errors", "Say whether the cross-check found the household ineligible."),
    "crosscheck.pending": QT_TRANSLATE_NOOP("Errors", "The last request ({request_no}) has no result yet: record it before asking again."),
    "crosscheck.person": QT_TRANSLATE_NOOP("Errors", "{id_number} is not one of the persons in the request."),
    "crosscheck.reason": QT_TRANSLATE_NOOP("Errors", "An ineligible finding needs its reason."),
    "crosscheck.reason_clear": QT_TRANSLATE_NOOP("Errors", "A result that found nothing gives no refusal reason."),
    "crosscheck.record_role": QT_TRANSLATE_NOOP("Errors", "The township's case staff or the county approver record the cross-check result."),
    "crosscheck.recorded": QT_TRANSLATE_NOOP("Errors", "The result of request {request_no} is already recorded."),
    "crosscheck.role": QT_TRANSLATE_NOOP("Errors", "Township caseworkers and reviewers request the data cross-check."),
    "crosscheck.source": QT_TRANSLATE_NOOP("Errors", "{source} is not a cross-check source."),
    "crosscheck.sources_missing": QT_TRANSLATE_NOOP("Errors", "The result has no answer from: {sources}."),
    "crosscheck.state": QT_TRANSLATE_NOOP("Errors", "The data cross-check is requested between acceptance and the preliminary review."),
    "review.no_crosscheck": QT_TRANSLATE_NOOP("Errors", "The preliminary review needs the recorded result of the data cross-check first (see the Data cross-check tab)."),
    "review.crosscheck_ineligible": QT_TRANSLATE_NOOP("Errors", "The data cross-check found the household ineligible: the review cannot recommend approval."),
    # urgent temporary aid paid first by the township (先行救助)
    "urgent.over_limit": QT_TRANSLATE_NOOP("Errors", "The township pays first at most {limit_fen} yuan (the county's limit); {amount_fen} yuan is {above_fen} yuan more. Pay first up to the limit, or hand the case to the county."),
    "urgent.not_urgent": QT_TRANSLATE_NOOP("Errors", "The case is not marked urgent (急难型): it goes through the usual procedure to the county."),
    "urgent.type": QT_TRANSLATE_NOOP("Errors", "Only temporary assistance is paid first by the township."),
    "urgent.emergency": QT_TRANSLATE_NOOP("Errors", "Say what the emergency is that cannot wait for the usual procedure."),
    "urgent.limit_range": QT_TRANSLATE_NOOP("Errors", "The township's limit is an amount above zero."),
    "urgent.days_range": QT_TRANSLATE_NOOP("Errors", "The completion period is 1 to 60 working days."),
    "urgent.not_paid_first": QT_TRANSLATE_NOOP("Errors", "This case was not paid first by the township."),
    "urgent.completed": QT_TRANSLATE_NOOP("Errors", "The paperwork of this pay-first was already completed on {completed_on}."),
    "urgent.completed_on": QT_TRANSLATE_NOOP("Errors", "Give the day the paperwork was completed; it must not be in the future."),
    "urgent.before_payment": QT_TRANSLATE_NOOP("Errors", "The paperwork cannot be completed before the payment ({paid_on})."),
    "urgent.statement": QT_TRANSLATE_NOOP("Errors", "Write the account of the emergency (情况说明)."),
    "urgent.items": QT_TRANSLATE_NOOP("Errors", "Not yet done: {missing}. Record the completion once every part is done."),
    "urgent.visit_date": QT_TRANSLATE_NOOP("Errors", "Give the day of the home visit: after the payment, not in the future."),
    "application.urgent": QT_TRANSLATE_NOOP("Errors", "Only temporary assistance can be marked urgent (急难型)."),
    # roster import
    "import.file": QT_TRANSLATE_NOOP("Errors", "The file cannot be found."),
    "import.format": QT_TRANSLATE_NOOP("Errors", "The file is not an xlsx workbook."),
    "import.headers": QT_TRANSLATE_NOOP("Errors", "No header row was found in the first 10 rows (for example 户主姓名, 身份证号, 村(社区))."),
    "import.role": QT_TRANSLATE_NOOP("Errors", "Only township staff import a roster of their township."),
    "import.repeated": QT_TRANSLATE_NOOP("Errors", "This file was already imported ({households} households); nothing was imported again."),
    # demo database
    "demo.households": QT_TRANSLATE_NOOP("Errors", "The number of households must be 0 or more; {value} was given."),
    "demo.workers": QT_TRANSLATE_NOOP("Errors", "The number of worker processes must be 0 or more; {value} was given."),
}

# Errors of the exchange with the city server (sync.client.SyncError codes and the
# server's own error names): what happened, and that nothing here was lost.
SYNC_MESSAGES: dict[str, str] = {
    "sync.unreachable": QT_TRANSLATE_NOOP("Errors", "The city server cannot be reached. Check the network connection; everything is kept on this computer and goes up with the next sync."),
    "sync.server_url": QT_TRANSLATE_NOOP("Errors", "The city server's address is wrong: it starts with http:// or https://."),
    "sync.http_401": QT_TRANSLATE_NOOP("Errors", "The city server does not accept this office's token. The administrator enters the token the city issued on the Sync page."),
    "sync.http_429": QT_TRANSLATE_NOOP("Errors", "The city server received too many wrong tokens from this "
                                       "network address and makes it wait; try again later with the "
                                       "right token."),
    "sync.http_403": QT_TRANSLATE_NOOP("Errors", "The city server refused: this office may not send these records. Nothing here was changed."),
    "audit_chain_broken": QT_TRANSLATE_NOOP("Errors", "The city server found that this computer's audit log differs from what it already holds, and refused the batch; nothing was applied. Ask the city's administrator to check before syncing again."),
    "sync.http_409": QT_TRANSLATE_NOOP("Errors", "The city server refused the batch as inconsistent; nothing was applied. Ask the city's administrator."),
    "sync.http_5xx": QT_TRANSLATE_NOOP("Errors", "The city server is busy or has a fault. Nothing was lost; the sync is tried again later."),
    "sync.other": QT_TRANSLATE_NOOP("Errors", "The sync did not complete. Nothing was lost; it is tried again later."),
}

FIELD_PREFIXES = {
    "members": QT_TRANSLATE_NOOP("Errors", "Member {n}: "),
    "incomes": QT_TRANSLATE_NOOP("Errors", "Income line {n}: "),
    "assets": QT_TRANSLATE_NOOP("Errors", "Asset line {n}: "),
}

_PATH_RE = re.compile(r"^(members|incomes|assets)\[(\d+)\]\.?(.*)$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class _Params(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _fmt(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?", value):
        return value.replace("T", " ")[:16]
    return str(value)


def split_field(field: str | None) -> tuple[str | None, int | None, str | None]:
    """'members[1].id_number' -> ('members', 1, 'id_number'); 'username' -> (None, None, 'username')."""
    if not field:
        return None, None, None
    m = _PATH_RE.match(field)
    if m:
        return m.group(1), int(m.group(2)), m.group(3) or None
    return None, None, field


def sync_message(exc: BaseException) -> str:
    """The sentence for a failed exchange with the city server (or any other error)."""
    code = getattr(exc, "code", "")
    if isinstance(exc, DomainError):
        return message(exc)
    status = getattr(exc, "status", None)
    body = getattr(exc, "body", None) or {}
    key = body.get("error") if body.get("error") in SYNC_MESSAGES else code
    if key not in SYNC_MESSAGES:
        key = "sync.http_5xx" if status and status >= 500 else ("sync.other" if code.startswith("sync.") else None)
    if key is None:
        return message(exc)
    return _tr(SYNC_MESSAGES[key])


def message(exc: BaseException, *, with_row: bool = False) -> str:
    """The sentence a person reads for ``exc``, in the interface language."""
    if not isinstance(exc, DomainError):
        return QCoreApplication.translate("Errors", "The operation failed and nothing was changed. "
                                                    "Details are below.")
    code = exc.code
    params = _Params({k: format_yuan(v) if k.endswith("_fen") and isinstance(v, int) else _fmt(v)
                      for k, v in exc.params.items()})
    if code == "login.failed" and "left" in exc.params:
        code = "login.failed_left"
    if "state" in exc.params:
        from . import labels
        params["state_label"] = labels.state(str(exc.params["state"]))
    if "role" in exc.params:
        from . import labels
        params["role_label"] = labels.role(str(exc.params["role"]))
    if "kind" in exc.params:
        from . import labels
        params["kind_label"] = labels.notice_kind(str(exc.params["kind"]))
    source = MESSAGES.get(code)
    text = _tr(source).format_map(params) if source else exc.message
    if with_row:
        group, index, _ = split_field(exc.field)
        if group is not None:
            text = _tr(FIELD_PREFIXES[group]).format(n=index + 1) + text
    return text


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """The one error dialog of the application."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Could not complete"))
    box.setText(message(exc, with_row=True))
    if not isinstance(exc, DomainError):
        log.error("unexpected error", exc_info=exc)
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.setStandardButtons(QtWidgets.QMessageBox.Ok)
    box.setObjectName("errorDialog")
    # Non-blocking: the task runner keeps running; the box stays until read. A box
    # without a parent is kept here, or Python would delete it on return.
    _open_boxes.add(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.discard(b))
    box.open()


_open_boxes: set = set()
