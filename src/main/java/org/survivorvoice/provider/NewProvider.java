package org.survivorvoice.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request to create a provider; the code is generated. */
public record NewProvider(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String category,
        @NotNull Long areaId,
        @Size(max = 4)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "en|hi|bn|te",
                                        message = "must be en, hi, bn or te")
                                String>
                        languages) {}
