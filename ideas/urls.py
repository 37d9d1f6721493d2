from django.urls import path

from . import views

urlpatterns = [
    path("masih-berjalan/<str:token>/", views.confirm_running, name="confirm_running"),
]
