"""The renderer's own view of the centres, built from centre-registered events."""

from contracts.centres import municipality_name
from contracts.events import CentreRegisteredV1
from contracts.values import Language
from pymongo.asynchronous.database import AsyncDatabase

from renderer.domain import Addressee


class CentreDirectory:
    def __init__(self, db: AsyncDatabase) -> None:
        self._centres = db["centres"]
        self._cache: dict[str, Addressee] = {}

    async def save(self, centre: CentreRegisteredV1) -> None:
        document = centre.model_dump(mode="json")
        await self._centres.replace_one({"_id": centre.refnis_code}, document, upsert=True)
        self._cache[centre.refnis_code] = _addressee(document)

    async def find(self, refnis_code: str) -> Addressee | None:
        if refnis_code in self._cache:
            return self._cache[refnis_code]

        document = await self._centres.find_one({"_id": refnis_code})
        if document is None:
            return None
        self._cache[refnis_code] = _addressee(document)
        return self._cache[refnis_code]


def _addressee(centre: dict) -> Addressee:
    language = Language(centre["language"])
    name = municipality_name(centre["name_nl"], centre["name_fr"], language)
    return Addressee(refnis_code=centre["refnis_code"], name=name, language=language)
