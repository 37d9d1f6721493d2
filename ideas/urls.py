from django.urls import path

from . import agencies, views

urlpatterns = [
    path("masih-berjalan/<str:token>/", views.confirm_running, name="confirm_running"),
    path("instansi/", agencies.agency_list, name="agency_list"),
    path("instansi/<slug:slug>/", agencies.agency_detail, name="agency_detail"),
]
