"""The core's refusals in the UI language.

The core explains a refusal in English (its callers include the command line and
the logs). The screens show it through ``explain()``, which recognises the refusals
a user can meet and says them in the UI language; anything else is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

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
    text = str(error).strip()
    for pattern, template in _KNOWN:
        match = pattern.match(text)
        if match:
            return template().format(**match.groupdict())
    return text or type(error).__name__
