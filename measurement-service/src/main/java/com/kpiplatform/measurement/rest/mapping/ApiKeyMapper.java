package com.kpiplatform.measurement.rest.mapping;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.rest.dto.ApiKeyRequest;
import com.kpiplatform.measurement.rest.dto.ApiKeyResponse;
import com.kpiplatform.measurement.service.ApiKeyService;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** API keys to and from their API records. */
@Mapper
public interface ApiKeyMapper {

    ApiKeyService.Definition toDefinition(ApiKeyRequest request);

    @Mapping(target = "secret", ignore = true)
    ApiKeyResponse toResponse(ApiKey key);

    List<ApiKeyResponse> toResponses(List<ApiKey> keys);

    @Mapping(target = ".", source = "key")
    ApiKeyResponse toResponse(ApiKeyService.Created created);
}
