"""The framework's floor: a bare one-line Streamlit page, measured the same way as the app."""

import streamlit as st

st.write("Lärarresurser")
