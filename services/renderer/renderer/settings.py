from servicekit.object_storage import ObjectStorageSettings
from servicekit.settings import ServiceSettings


class RendererSettings(ServiceSettings, ObjectStorageSettings):
    mongo_database: str = "pp_renderer"
