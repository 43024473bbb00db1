"""The core's refusals in the UI language.

The core explains a refusal in English (its callers include the command line and
the logs). The screens show it through ``explain()``, which says the refusals a user
can meet in the UI language: by their stable ``code`` where they carry one (storage
faults: a full disk, a read-only folder, a damaged database; backup and restore; a
database that is not ours or too new), else by recognising the core's sentence. A
system error that never became a refusal (an ``OSError`` or SQLite error reaching a
screen) is classified here too (``inspector.faults.classify``), so a full disk reads
"the disk is full" on every screen. Anything else is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from inspector.backup import BackupError
from inspector.faults import StorageFault, classify
from inspector.workspace import DatabaseTooNew, NotOurDatabase


def storage_fault(fault: StorageFault) -> str:
    """A storage fault in the UI language, with what to do."""
    path, detail = fault.params["path"], fault.detail
    if fault.code == "disk_full":
        text = QCoreApplication.translate(
            "CoreMessages", "The disk is full: {path} could not be written. Nothing was "
            "changed. Free some space on that disk (delete or move files you do not need, "
            "empty the wastebasket) and try again.")
    elif fault.code == "read_only":
        text = QCoreApplication.translate(
            "CoreMessages", "The folder is read-only: {path} is on a disk that cannot be "
            "written (a write-protected USB drive, a read-only mount). Nothing was changed. "
            "Make the disk writable, or choose a folder on a writable disk.")
    elif fault.code == "no_permission":
        text = QCoreApplication.translate(
            "CoreMessages", "No permission to use {path}: your user account may not read or "
            "write it. Nothing was changed. Give your account access to it, or choose "
            "another folder.")
    elif fault.code == "io_error":
        text = QCoreApplication.translate(
            "CoreMessages", "The disk reported an error reading or writing {path}. Nothing "
            "was changed. Check that the disk or USB drive is still connected and healthy, "
            "then try again.")
    elif fault.code == "database_damaged":
        text = QCoreApplication.translate(
            "CoreMessages", "The database {path} is damaged ({detail}). The app neither "
            "reads nor writes it, so nothing more is lost. Restore the last good backup "
            "with File → Restore from backup…; the damaged data is kept in a folder next "
            "to it.")
    elif fault.code == "database_busy":
        text = QCoreApplication.translate(
            "CoreMessages", "The database is busy: another program (another window of the "
            "app?) is writing to it. Nothing was changed. Try again in a moment.")
    else:
        text = QCoreApplication.translate(
            "CoreMessages", "The data folder {path} is a file, not a folder. Nothing was "
            "changed. Start the app with another data folder, or move the file away.")
    return text.format(path=path, detail=detail)


def _size(value: str) -> str:
    try:
        return QLocale().formattedDataSize(int(value))
    except ValueError:
        return value


def backup_refusal(error: BackupError) -> str:
    """A refusal of backup or restore in the UI language."""
    p = dict(error.params)
    restoring = p.get("when") == "restore"
    code = error.code
    texts: dict[str, Callable[[], str]] = {
        "not_found": lambda: QCoreApplication.translate(
            "CoreMessages", "The file {path} does not exist."),
        "no_database": lambda: QCoreApplication.translate(
            "CoreMessages", "There is no database in {path} to back up."),
        "target_exists": lambda: QCoreApplication.translate(
            "CoreMessages", "{path} already exists; choose another file name."),
        "inside_data_dir": lambda: QCoreApplication.translate(
            "CoreMessages",
            "A backup cannot be written inside the data directory ({folder}), except in its "
            "backups folder {backups}; choose that folder or one outside the data folder."),
        "backup_too_new": lambda: QCoreApplication.translate(
            "CoreMessages",
            "This backup was made by a newer version of the app (backup format {version}); "
            "install that version or newer to restore it."),
        "not_enough_space": lambda: QCoreApplication.translate(
            "CoreMessages",
            "The disk is too full to restore this backup next to the data folder ({needed} "
            "needed, {free} free). Free some space and try again; nothing was restored."),
        "replace_failed": lambda: QCoreApplication.translate(
            "CoreMessages",
            "The data folder {path} could not be replaced ({detail}); is the app still "
            "running on it in another window? Nothing was changed."),
        "database_unreadable": lambda: QCoreApplication.translate(
            "CoreMessages",
            "The database {path} cannot be read ({detail}); no backup was made."),
    }
    if restoring:
        texts.update({
            "database_damaged": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database in this backup is damaged ({detail}); nothing was restored."),
            "database_foreign": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database in this backup is not a database of this app; nothing was "
                "restored."),
            "database_unversioned": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database in this backup has no schema version: it is not a database of "
                "this app, or its version table was lost; nothing was restored."),
            "database_too_new": lambda: QCoreApplication.translate(
                "CoreMessages",
                "This backup was made by a newer version of the app (schema {detail}); "
                "install that version or newer to restore it; nothing was restored."),
            "database_references": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database in this backup has broken references between its records; "
                "nothing was restored."),
        })
    else:
        texts.update({
            "database_damaged": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database {path} is damaged ({detail}), so no backup was made: a backup "
                "of it could not be restored. Restore the last good backup with File → "
                "Restore from backup…."),
            "database_foreign": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database {path} is not a database of this app; no backup was made."),
            "database_unversioned": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database {path} has no schema version (it is not a database of this "
                "app, or its version table was lost), so no backup was made: a backup of it "
                "could not be restored. Restore the last good backup with File → Restore "
                "from backup…."),
            "database_too_new": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database {path} was made by a newer version of the app (schema "
                "{detail}); no backup was made. Install that version or newer."),
            "database_references": lambda: QCoreApplication.translate(
                "CoreMessages",
                "The database {path} has broken references between its records, so no "
                "backup was made: a backup of it could not be restored. Restore the last "
                "good backup with File → Restore from backup…."),
        })
    if code == "untrusted_certificates":
        count = int(p.get("count", "0") or 0)
        return QCoreApplication.translate(
            "CoreMessages", "Restoring this backup would make %n certificate(s) trusted that "
            "are not trusted here. Compare the fingerprints with their owners and tick the "
            "box under the list if they are right; nothing was restored.", "", count)
    if code == "not_enough_space":
        p["needed"], p["free"] = _size(p.get("needed", "")), _size(p.get("free", ""))
    if code in texts:
        return texts[code]().format(**{k: p.get(k, "") for k in
                                       ("path", "detail", "folder", "backups", "version",
                                        "needed", "free")})
    return QCoreApplication.translate(
        "CoreMessages", "This is not a sound backup of this app (it is damaged, incomplete, "
        "or was changed after it was made): {detail}").format(detail=p.get("detail", ""))


def database_refusal(error: NotOurDatabase | DatabaseTooNew) -> str:
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "CoreMessages", "The database was written by a newer version of the app (schema "
            "{revision}); install that version or newer to open it. Nothing was "
            "changed.").format(revision=error.params.get("revision", ""))
    return QCoreApplication.translate(
        "CoreMessages", "The file {path} is not a database of this app, or it is damaged. "
        "Nothing was changed. If it held your data, restore the last good backup with File "
        "→ Restore from backup….").format(path=error.params.get("path", ""))


# (pattern of the core's message, its translation with {named} groups filled in)
_KNOWN: list[tuple[re.Pattern[str], Callable[[], str]]] = [(re.compile(p), f) for p, f in [
    (r"^this inspection is signed and locked",
     lambda: QCoreApplication.translate(
         "CoreMessages", "This inspection is signed and locked; a correction needs an amendment "
         "with a"
         " reason.")),
    (r"^cannot complete: (?P<n>\d+) item",
     lambda: QCoreApplication.translate(
         "CoreMessages", "{n} item(s) still need an answer or evidence; see the list above.")),
    (r"^an amendment needs a reason of at least (?P<n>\d+) characters",
     lambda: QCoreApplication.translate(
         "CoreMessages", "An amendment needs a reason of at least {n} characters.")),
    (r"^(?:cannot complete: )?an official inspection needs at least (?P<n>\d+) inspectors",
     lambda: QCoreApplication.translate(
         "CoreMessages", "An official inspection is made by at least {n} inspectors. Add "
         "another inspector to the team; the office can allow one inspector for some kinds "
         "of inspection (Settings).")),
    (r"^every inspector of the team signs the record; still to sign: (?P<names>.+)$",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Every inspector of the team signs the record; still to sign: "
         "{names}.")),
    (r"^(?P<name>.+) is not on the team of this inspection",
     lambda: QCoreApplication.translate(
         "CoreMessages", "{name} is not on the team of this inspection and cannot sign it as "
         "an inspector.")),
    (r"^only a signed inspection needs an amendment",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Only a signed inspection needs an amendment; this one can be edited "
         "directly.")),
    (r"^complete the inspection before signing",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Complete the inspection before signing it.")),
    (r"^complete the inspection before following it up",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Complete the inspection before following it up.")),
    (r"^the facility representative must sign",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The facility representative must sign.")),
    (r"^the signature of (?P<name>.+) is refused: the signature is too short",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The signature of {name} has too little ink: sign with the full "
         "name.")),
    (r"^the signature of (?P<name>.+) is refused: the signature is too small",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The signature of {name} is too small (a dot or a short stroke): "
         "sign with the full name.")),
    (r"^the signature of (?P<name>.+) is refused: nothing is signed",
     lambda: QCoreApplication.translate(
         "CoreMessages", "{name} has not signed yet.")),
    (r"^the signature of (?P<name>.+) is refused",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The signature image of {name} cannot be used; sign again.")),
    (r"^a signature image must be a PNG",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The signature image cannot be used; sign again.")),
    (r"^(?P<name>.+) signs twice",
     lambda: QCoreApplication.translate(
         "CoreMessages", "{name} signs twice; each person signs once.")),
    (r"^a critical item can be marked not applicable only with a reason of at least "
     r"(?P<n>\d+) characters",
     lambda: QCoreApplication.translate(
         "CoreMessages", "A critical item is marked not applicable only with a reason of at "
         "least {n} characters: say why it does not apply to this facility.")),
    (r"^every signature needs the signer's name",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Every signature needs the signer's name.")),
    (r"^a finding needs a description",
     lambda: QCoreApplication.translate(
         "CoreMessages", "A finding needs a description.")),
    (r"^a finding needs a required action",
     lambda: QCoreApplication.translate(
         "CoreMessages", "A finding needs a required action.")),
    (r"^the deadline is before the inspection date",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The deadline is before the inspection date.")),
    (r"^this inspection has no open findings",
     lambda: QCoreApplication.translate(
         "CoreMessages", "This inspection has no open findings to follow up.")),
    (r"^a follow-up cannot be dated before the inspection it follows up \((?P<date>[^)]+)\)",
     lambda: QCoreApplication.translate(
         "CoreMessages", "A follow-up cannot be dated before the inspection it follows up "
         "({date}).")),
    (r"^only a draft can be deleted",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Only a draft can be deleted; a completed or signed inspection is part of "
         "the"
         " record.")),
    (r"^an amended inspection was signed once",
     lambda: QCoreApplication.translate(
         "CoreMessages", "An amended inspection was signed once and cannot be deleted.")),
    (r"^an inspection needs at least one inspector",
     lambda: QCoreApplication.translate(
         "CoreMessages", "An inspection needs at least one inspector.")),
    (r"^an inspector is on the team twice",
     lambda: QCoreApplication.translate(
         "CoreMessages", "An inspector is on the team twice.")),
    (r"^choose at least one checklist",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Choose at least one checklist.")),
    (r"^the file is larger than 80 MB",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The file is larger than 80 MB; it is not a photo that can be used.")),
    (r"^the image claims (?P<size>\S+) pixels, more than 100 megapixels",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The image claims {size} pixels, more than 100 megapixels.")),
    (r"^the image claims far more pixels",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The image claims far more pixels than a photo has.")),
    (r"^not an image file Pillow can read",
     lambda: QCoreApplication.translate(
         "CoreMessages", "This is not an image file that can be read (JPEG or PNG; export a HEIC "
         "photo"
         " as JPEG first).")),
    (r"^the image is damaged or truncated",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The image is damaged or truncated.")),
    (r"^credit code (?P<code>\S+) is already registered",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The credit code {code} is already registered.")),
    (r"^credit code (?P<code>\S+) belongs to another facility",
     lambda: QCoreApplication.translate(
         "CoreMessages", "The credit code {code} belongs to another facility.")),
    (r"^badge number (?P<badge>.+) is already registered",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Badge number {badge} is already registered.")),
    (r"^name, department and badge number are all required",
     lambda: QCoreApplication.translate(
         "CoreMessages", "Name, department and badge number are all required.")),
]]


def explain(error: BaseException | str) -> str:
    """The refusal in the UI language (the core's own words when it is not known)."""
    if isinstance(error, StorageFault):
        return storage_fault(error)
    if isinstance(error, BackupError):
        return backup_refusal(error)
    if isinstance(error, (NotOurDatabase, DatabaseTooNew)):
        return database_refusal(error)
    text = str(error).strip()
    for pattern, template in _KNOWN:
        match = pattern.match(text)
        if match:
            return template().format(**match.groupdict())
    if isinstance(error, BaseException):
        fault = classify(error)  # a full disk behind an export's or a photo's refusal
        if fault is not None:
            return storage_fault(fault)
        if isinstance(error, OSError) and error.strerror:
            return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return text or type(error).__name__
