print("komitmen")
